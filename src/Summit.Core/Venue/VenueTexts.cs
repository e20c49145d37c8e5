using System.Globalization;
using Summit.Core.Time;

namespace Summit.Core.Venue;

/// <summary>How venue screens say when something starts: "starts in 5 minutes", "at 1:50pm", "Tuesday 16 October, 11:00am".</summary>
public static class VenueTexts
{
    /// <summary>Within this many minutes a start is counted down; later the same day it is a time.</summary>
    public const int CountdownMinutes = 60;

    /// <summary>"Tuesday 16 October, 11:00am": a day and time read from across a room, without the year.</summary>
    public static string DayAndTime(DateOnly day, TimeOnly time) =>
        day.ToString("dddd d MMMM", CultureInfo.InvariantCulture) + ", " + EventClock.FormatTime(time);

    /// <summary>"in 5 minutes", "in 1 minute", "at 1:50pm" (later that day) or "on Tuesday 16 October, 11:00am".</summary>
    public static string StartsIn(ScheduledSession session, EventClock clock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clock);
        var start = NowAndNext.StartOf(session, clock);
        // Rounded up: at 10:59:30 a session at 11:00 starts "in 1 minute", never "in 0 minutes".
        var minutes = (int)Math.Ceiling((start - at).TotalMinutes);
        if (clock.DateAt(at) != session.Day)
        {
            return "on " + DayAndTime(session.Day, session.Start);
        }

        return minutes switch
        {
            <= 1 => "in 1 minute",
            <= CountdownMinutes => string.Create(CultureInfo.InvariantCulture, $"in {minutes} minutes"),
            _ => "at " + EventClock.FormatTime(session.Start),
        };
    }

    /// <summary>What a screen says when nothing is on: "Next: Tuesday 16 October, 11:00am", or that the event is over.</summary>
    public static string Headline(VenueNow venue)
    {
        ArgumentNullException.ThrowIfNull(venue);
        return venue.NextAnywhere is { } next
            ? "Next: " + DayAndTime(next.Day, next.Start)
            : venue.Phase == EventPhase.NothingScheduled ? "Nothing is scheduled yet" : "The summit is over";
    }
}
