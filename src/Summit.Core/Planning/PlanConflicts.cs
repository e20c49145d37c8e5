using Summit.Core.Editing;
using Summit.Core.Time;

namespace Summit.Core.Planning;

/// <summary>
/// What an organizer should look at in one day of the plan: a lead in two places at once, more stars than the room
/// holds, and leads still unsettled with the event close. Cancelled sessions raise none: nobody will be there.
/// </summary>
public static class PlanConflicts
{
    /// <param name="day">The day as loaded; its own <see cref="PlannerDay.Conflicts"/> are ignored.</param>
    /// <param name="today">The date at the venue now, which decides whether the event is close.</param>
    /// <param name="options">How close the event must be for unsettled leads to count.</param>
    public static IReadOnlyList<PlanConflict> Find(PlannerDay day, DateOnly today, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(options);
        var slots = day.Slots.ToDictionary(s => s.Id);
        var rooms = day.Rooms.ToDictionary(r => r.Id);
        var placed = day.Placed
            .Where(c => c.Status != SessionStatus.Cancelled && c.SlotId is { } s && slots.ContainsKey(s) && c.RoomId is { } r && rooms.ContainsKey(r))
            .ToList();

        var conflicts = new List<PlanConflict>();
        conflicts.AddRange(DoubleBookings(day.Date, placed, slots, rooms));
        conflicts.AddRange(OverCapacity(placed, rooms));
        if (day.Days.Count > 0 && IsClose(today, day.Days.Min(), day.Days.Max(), options))
        {
            conflicts.AddRange(Unsettled(placed, day.Days.Min().DayNumber - today.DayNumber));
        }

        return conflicts;
    }

    private static IEnumerable<PlanConflict> DoubleBookings(DateOnly date, List<PlannerCard> placed, Dictionary<int, PlannerSlot> slots, Dictionary<int, PlannerRoom> rooms)
    {
        SessionTime TimeOf(PlannerCard c) => new(date, slots[c.SlotId!.Value].Start, slots[c.SlotId.Value].End);
        string Place(PlannerCard c) => $"{rooms[c.RoomId!.Value].Name}, {EventClock.FormatTime(slots[c.SlotId!.Value].Start)}";

        return LeadOverlaps.Find(placed, TimeOf, c => c.Leads).Select(o => new PlanConflict(
            PlanConflictKind.LeadDoubleBooked,
            [o.First.Id, o.Second.Id],
            $"{o.Lead.Name} leads “{o.First.Title}” ({Place(o.First)}) and “{o.Second.Title}” ({Place(o.Second)}) at the same time."));
    }

    private static IEnumerable<PlanConflict> OverCapacity(List<PlannerCard> placed, Dictionary<int, PlannerRoom> rooms) =>
        from card in placed
        let room = rooms[card.RoomId!.Value]
        where room.Capacity is { } capacity && card.Stars > capacity
        select new PlanConflict(
            PlanConflictKind.OverCapacity,
            [card.Id],
            $"“{card.Title}”: {Count(card.Stars, "star")}, {room.Name} holds {room.Capacity}.");

    private static IEnumerable<PlanConflict> Unsettled(List<PlannerCard> placed, int daysToGo)
    {
        var when = daysToGo switch
        {
            < 0 => "the event is under way",
            0 => "the event starts today",
            1 => "the event starts tomorrow",
            _ => $"the event starts in {daysToGo} days",
        };
        foreach (var card in placed)
        {
            if (card.LeadWanted)
            {
                yield return new PlanConflict(PlanConflictKind.LeadUnsettled, [card.Id], $"“{card.Title}” still needs someone to lead it, and {when}.");
            }

            var tentative = card.Leads.Where(l => l.IsTentative).Select(l => l.Name).ToList();
            if (tentative.Count > 0)
            {
                var who = string.Join(" and ", tentative);
                var verb = tentative.Count == 1 ? "is" : "are";
                yield return new PlanConflict(PlanConflictKind.LeadUnsettled, [card.Id], $"{who} {verb} only a tentative lead of “{card.Title}”, and {when}.");
            }
        }
    }

    /// <summary>Within the configured days of the first day, or under way; once the event is over nobody can act on it.</summary>
    private static bool IsClose(DateOnly today, DateOnly firstDay, DateOnly lastDay, PlannerOptions options) =>
        today.DayNumber >= firstDay.DayNumber - options.UnsettledLeadDays && today <= lastDay;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
