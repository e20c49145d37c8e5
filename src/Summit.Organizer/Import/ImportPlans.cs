using Summit.Data.Import;

namespace Summit.Organizer.Import;

/// <summary>Compares plans by what they say, since their lists do not compare by value.</summary>
internal static class ImportPlans
{
    /// <summary>
    /// Whether two plans would do the same: the same event, days, slots, rooms, tracks, people, sessions, changes and
    /// skips. Sessions of the event that the file leaves alone do not count: another organizer adding one changes
    /// nothing the import does.
    /// </summary>
    public static bool Same(ImportPlan a, ImportPlan b) =>
        a.CreatesEvent == b.CreatesEvent
        && a.NewDays.SequenceEqual(b.NewDays, StringComparer.Ordinal)
        && a.NewRooms.SequenceEqual(b.NewRooms, StringComparer.Ordinal)
        && a.NewTracks.SequenceEqual(b.NewTracks, StringComparer.Ordinal)
        && a.NewPeople.SequenceEqual(b.NewPeople, StringComparer.Ordinal)
        && a.NewSlots == b.NewSlots
        && a.Skipped.SequenceEqual(b.Skipped)
        && a.Sessions.Count == b.Sessions.Count
        && a.Sessions.Zip(b.Sessions).All(p => p.First.Action == p.Second.Action
            && string.Equals(p.First.Title, p.Second.Title, StringComparison.Ordinal)
            && string.Equals(p.First.Slug, p.Second.Slug, StringComparison.Ordinal)
            && p.First.Changes.SequenceEqual(p.Second.Changes, StringComparer.Ordinal));
}
