using System.Globalization;
using Summit.Core.Time;

namespace Summit.Core.Planning;

/// <summary>The sentences the planner tells an organizer after a move, short enough for a snackbar.</summary>
public static class PlannerText
{
    /// <summary>"Windsor BC, Tue 16 Oct 11:00am".</summary>
    public static string Place(string room, DateOnly day, TimeOnly start) =>
        $"{room}, {day.ToString("ddd d MMM", CultureInfo.InvariantCulture)} {EventClock.FormatTime(start)}";

    public static string Moved(string title, string place) => $"Moved “{title}” to {place}.";

    public static string Unscheduled(string title) => $"Took “{title}” off the schedule; it waits in the tray.";

    public static string Swapped(string first, string second) => $"Swapped “{first}” and “{second}”.";

    public static string Merged(string source, string target) =>
        $"Merged “{source}” into “{target}” as a subject. A merge can't be undone here: split the subject out from the session's page.";

    public static string Undone(string label) => $"Undid: {label}";
}
