using System.Globalization;
using Summit.Core.Interest;
using Summit.Core.Time;

namespace Summit.Organizer.Sessions;

/// <summary>
/// A session as the organizers' sessions table lists it, scheduled or not: <see cref="Day"/>, <see cref="Start"/> and
/// <see cref="Room"/> are null while it is unscheduled. <see cref="Stars"/> is how many personal agendas hold it.
/// </summary>
public sealed record SessionRow(
    int Id,
    string Title,
    DateOnly? Day,
    TimeOnly? Start,
    string? Room,
    int? Capacity,
    string? Track,
    IReadOnlyList<LeadInfo> Leads,
    bool LeadWanted,
    SessionStatus Status,
    int Revision,
    int Stars)
{
    public bool IsScheduled => Day is not null && Start is not null && Room is not null;

    /// <summary>"Mon 15 Oct 9:50am", or "Unscheduled".</summary>
    public string When => Day is { } day && Start is { } start
        ? $"{day.ToString("ddd d MMM", CultureInfo.InvariantCulture)} {EventClock.FormatTime(start)}"
        : Unscheduled.Label;

    public string RoomText => Room ?? Unscheduled.Label;

    /// <summary>Schedule order, unscheduled sessions after every scheduled one.</summary>
    public long WhenOrder => Day is { } day && Start is { } start ? (day.DayNumber * 10_000L) + (start.Hour * 60) + start.Minute : long.MaxValue;

    /// <summary>Rooms by name, unscheduled sessions after every room.</summary>
    public (bool Unscheduled, string Name) RoomOrder => (Room is null, Room ?? "");

    public SessionInterest Interest => new(Id, Title, Stars, Room, Capacity);

    public string LeadsText => string.Join(", ", Leads.Select(l => l.IsTentative ? l.Name + "?" : l.Name)) + (LeadWanted ? " (lead wanted)" : "");

    /// <summary>What the table's search box finds: title, room ("unscheduled" finds those), track or lead.</summary>
    public bool Matches(string? search) =>
        string.IsNullOrWhiteSpace(search)
        || Title.Contains(search, StringComparison.OrdinalIgnoreCase)
        || RoomText.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (Track?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false)
        || Leads.Any(l => l.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
}
