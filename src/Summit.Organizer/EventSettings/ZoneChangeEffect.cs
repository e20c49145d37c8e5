using System.Globalization;
using Summit.Core.Time;

namespace Summit.Organizer.EventSettings;

/// <summary>
/// What changing the event's time zone does, in words: slot times are wall-clock times at the venue, so they keep
/// their numbers and move in absolute time, and every calendar subscriber sees every session move.
/// </summary>
public static class ZoneChangeEffect
{
    /// <summary>The explanation for a change from <paramref name="from"/> to <paramref name="to"/>; null when <paramref name="to"/> is no zone.</summary>
    public static string? Describe(string from, string to, SlotStart? example)
    {
        if (!EventClock.IsKnownZone(to))
        {
            return null;
        }

        var general = $"Session times are local to the event: they keep their numbers and are read in {to} instead of {from}. "
            + "Calendar feeds use the zone, so every session moves for subscribers on their next refresh.";
        if (example is null || !EventClock.IsKnownZone(from))
        {
            return general;
        }

        var before = new EventClock(from).ToUtc(example.Day, example.Start);
        var after = new EventClock(to).ToUtc(example.Day, example.Start);
        return $"{general} For example, {EventClock.FormatTime(example.Start)} on {EventClock.FormatDay(example.Day)} stays {EventClock.FormatTime(example.Start)}, "
            + $"but is {Utc(after)} instead of {Utc(before)}.";
    }

    private static string Utc(DateTime instant) => instant.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
