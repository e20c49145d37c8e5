using System.Globalization;
using Summit.Core.Planning;
using Summit.Core.Time;

namespace Summit.Organizer.Planner;

/// <summary>The planner's words for days, slots, places and stars, so the board, the tray and the keyboard path say the same.</summary>
public static class PlannerLabels
{
    // Colour-blind-safe hues dark enough for a 3:1 stripe against white; a track's colour follows its slug, so it stays
    // the same across days, reloads and organizers without being stored.
    private static readonly string[] TrackColours = ["#1f5f8b", "#8a4b08", "#2e7d32", "#6a1b9a", "#c62828", "#00695c", "#4e342e", "#ad1457"];

    public static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>"11:00am – 11:40am", as the public schedule writes times.</summary>
    public static string Slot(PlannerSlot slot) => $"{EventClock.FormatTime(slot.Start)} – {EventClock.FormatTime(slot.End)}";

    /// <summary>"Windsor BC, 11:00am – 11:40am": how a cell is named in the keyboard path and to screen readers.</summary>
    public static string Place(PlannerRoom room, PlannerSlot slot) => $"{room.Name}, {Slot(slot)}";

    /// <summary>Where a session is on <paramref name="day"/>: its room and time, or the tray.</summary>
    public static string PlaceOf(PlannerDay day, PlannerCard card) =>
        day.Rooms.FirstOrDefault(r => r.Id == card.RoomId) is { } room && day.Slots.FirstOrDefault(s => s.Id == card.SlotId) is { } slot
            ? Place(room, slot)
            : "in the tray";

    /// <summary>"12 / 40" against the room's capacity, or just the count where the capacity is unknown (or in the tray).</summary>
    public static string Stars(int stars, int? capacity) => capacity is { } holds ? $"{stars} / {holds}" : $"{stars}";

    /// <summary>The same for screen readers, which would read "12 / 40" as a fraction.</summary>
    public static string StarsSpoken(int stars, int? capacity) =>
        (stars == 1 ? "1 star" : $"{stars} stars") + (capacity is { } holds ? $", room holds {holds}" : "");

    public static string Leads(PlannerCard card) =>
        card.Leads.Count == 0
            ? card.LeadWanted ? "Lead wanted" : "No lead"
            : string.Join(", ", card.Leads.Select(l => l.IsTentative ? $"{l.Name} (tentative)" : l.Name));

    public static string TrackColour(NamedRef? track) =>
        track is null ? "#757575" : TrackColours[(int)((uint)StableHash(track.Slug) % (uint)TrackColours.Length)];

    public static string ConflictLabel(PlanConflictKind kind) => kind switch
    {
        PlanConflictKind.LeadDoubleBooked => "Lead double-booked",
        PlanConflictKind.OverCapacity => "Over capacity",
        PlanConflictKind.LeadUnsettled => "Lead unsettled",
        _ => "Conflict",
    };

    // string.GetHashCode differs from process to process; a colour must not.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
