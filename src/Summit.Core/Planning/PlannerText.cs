using System.Globalization;
using Summit.Core.Editing;
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

    /// <summary>"Put “A” back in Windsor BC, Tue 16 Oct 11:00am and “B” back in the tray."</summary>
    public static string PutBack(IReadOnlyList<(string Title, string? Place)> sessions) =>
        "Put " + string.Join(" and ", sessions.Select(s => $"“{s.Title}” back {(s.Place is null ? "in the tray" : $"in {s.Place}")}")) + ".";

    public static string Taken(string occupant, string place) =>
        $"“{occupant}” is already in {place}, so nothing was moved. Drop onto it to swap the two, or choose a free cell.";

    /// <summary>"“PKI Future” was changed by grace@example.org 2 minutes ago (Room: Windsor BC → Emerald), so nothing was changed. …"</summary>
    public static string Stale(string title, string changedBy, TimeSpan ago, IReadOnlyList<FieldChange> fields)
    {
        var what = fields.Count == 0 ? "" : $" ({string.Join("; ", fields.Take(3).Select(f => $"{f.Field}: {Short(f.Old)} → {Short(f.New)}"))}{(fields.Count > 3 ? "; …" : "")})";
        return $"“{title}” was changed by {changedBy} {Ago(ago)}{what}, so nothing was changed. The planner now shows it as it is: try again from there.";
    }

    /// <summary>"just now", "5 minutes ago", "3 hours ago", "2 days ago".</summary>
    public static string Ago(TimeSpan ago) => ago switch
    {
        { TotalMinutes: < 1 } => "just now",
        { TotalMinutes: < 2 } => "a minute ago",
        { TotalHours: < 1 } => $"{(int)ago.TotalMinutes} minutes ago",
        { TotalHours: < 2 } => "an hour ago",
        { TotalDays: < 1 } => $"{(int)ago.TotalHours} hours ago",
        { TotalDays: < 2 } => "a day ago",
        _ => $"{(int)ago.TotalDays} days ago",
    };

    /// <summary>Values as the history stores them, cut short: a description would drown the sentence.</summary>
    private static string Short(string? value) => value switch
    {
        null or "" => "none",
        { Length: > 40 } => string.Concat(value.AsSpan(0, 39), "…"),
        _ => value,
    };
}
