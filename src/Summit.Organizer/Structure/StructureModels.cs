using System.Globalization;
using Summit.Core.Time;

namespace Summit.Organizer.Structure;

/// <summary>The two kinds of named, ordered things sessions belong to.</summary>
public enum NamedKind
{
    Room,
    Track,
}

public enum MoveDirection
{
    Up,
    Down,
}

/// <summary>Rooms and tracks in their order, days by date with their slots by start, each with how many sessions use it.</summary>
public sealed record StructureView(IReadOnlyList<NamedRow> Rooms, IReadOnlyList<NamedRow> Tracks, IReadOnlyList<DayRow> Days)
{
    /// <summary>Whether saves here reach attendees only when released (<see cref="Core.Releases.PublishMode.WhenReleased"/>).</summary>
    public bool WaitsForRelease { get; init; }
}

/// <summary>A room or track in the list; <see cref="Capacity"/> is a room's, when known (tracks have none).</summary>
public sealed record NamedRow(int Id, string Name, string Slug, int Order, int SessionCount, int? Capacity = null);

public sealed record DayRow(int Id, DateOnly Date, IReadOnlyList<SlotRow> Slots)
{
    public int SessionCount => Slots.Sum(s => s.SessionCount);

    /// <summary>"Monday, October 15".</summary>
    public string Label => EventClock.FormatDay(Date);
}

public sealed record SlotRow(int Id, int DayId, TimeOnly Start, TimeOnly End, int SessionCount)
{
    /// <summary>"9:50am–10:30am".</summary>
    public string Label => StructureText.Times(Start, End);
}

/// <summary>
/// A room or track as the organizer typed it; an empty slug is made from the name. <see cref="Capacity"/> is a room's
/// capacity as typed (empty when unknown), read by <see cref="Core.Interest.RoomCapacity"/>; tracks ignore it.
/// </summary>
public sealed record NamedDraft(string Name, string Slug, string Capacity = "");

/// <summary>A day as the organizer typed it; null when the date field was empty or unreadable.</summary>
public sealed record DayDraft(DateOnly? Date);

/// <summary>A time slot as the organizer typed it; null times were left empty or unreadable.</summary>
public sealed record SlotDraft(int DayId, TimeOnly? Start, TimeOnly? End);

/// <summary>The keys of <see cref="Sessions.SaveOutcome.Errors"/> the structure editor uses.</summary>
public static class StructureFields
{
    public const string Name = nameof(NamedDraft.Name);
    public const string Slug = nameof(NamedDraft.Slug);
    public const string Capacity = nameof(NamedDraft.Capacity);
    public const string Date = nameof(DayDraft.Date);
    public const string DayId = nameof(SlotDraft.DayId);
    public const string Start = nameof(SlotDraft.Start);
    public const string End = nameof(SlotDraft.End);

    /// <summary>A refused delete: not a field, shown above the list.</summary>
    public const string Delete = "Delete";

    /// <summary>A refused move up or down.</summary>
    public const string Order = "Order";
}

/// <summary>How days, slots and lists of names read in messages and the history.</summary>
public static class StructureText
{
    /// <summary>"9:50am–10:30am".</summary>
    public static string Times(TimeOnly start, TimeOnly end) => $"{EventClock.FormatTime(start)}–{EventClock.FormatTime(end)}";

    /// <summary>"Monday, October 15, 2012": the history outlives the year.</summary>
    public static string Day(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Mon 15 Oct 9:50am–10:30am", as the session editor labels slots.</summary>
    public static string Slot(DateOnly date, TimeOnly start, TimeOnly end) =>
        $"{date.ToString("ddd d MMM", CultureInfo.InvariantCulture)} {Times(start, end)}";

    /// <summary>"A, B and C"; with more than <paramref name="shown"/> items, "A, B, C and 25 more".</summary>
    public static string Join(IReadOnlyList<string> items, int shown = int.MaxValue)
    {
        var listed = items.Take(shown).ToList();
        var rest = items.Count - listed.Count;
        if (rest > 0)
        {
            return $"{string.Join(", ", listed)} and {rest.ToString(CultureInfo.InvariantCulture)} more";
        }

        return listed.Count <= 1 ? string.Concat(listed) : $"{string.Join(", ", listed.SkipLast(1))} and {listed[^1]}";
    }

    /// <summary>"1 session", "28 sessions".</summary>
    public static string Sessions(int count) =>
        count == 1 ? "1 session" : $"{count.ToString(CultureInfo.InvariantCulture)} sessions";
}
