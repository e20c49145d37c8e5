namespace Summit.Core.Releases;

/// <summary>
/// The changelog between two releases of the published schedule: which sessions attendees would find changed.
/// Works for any two releases, so an agenda last seen at release 2 can be compared with release 5 directly.
/// </summary>
public static class ScheduleDiff
{
    /// <summary>
    /// The sessions that changed from <paramref name="before"/> to <paramref name="after"/>, matched by Uid: in the newer
    /// schedule's order, then removed sessions in the older schedule's order. The first release (no
    /// <paramref name="before"/>) has no changes: it is the schedule itself. Bookkeeping alone (revision, modification
    /// time, database id) is no change.
    /// </summary>
    public static IReadOnlyList<SessionChange> Compare(PublishedSchedule? before, PublishedSchedule after) =>
        Changes(before, after, only: null);

    /// <summary>As <see cref="Compare(PublishedSchedule?, PublishedSchedule)"/>, limited to these sessions, such as the ones an agenda starred.</summary>
    public static IReadOnlyList<SessionChange> Compare(PublishedSchedule? before, PublishedSchedule after, IReadOnlySet<Guid> only)
    {
        ArgumentNullException.ThrowIfNull(only);
        return Changes(before, after, only);
    }

    private static List<SessionChange> Changes(PublishedSchedule? before, PublishedSchedule after, IReadOnlySet<Guid>? only)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<SessionChange>();
        if (before is null || ReferenceEquals(before, after))
        {
            return changes;
        }

        var older = new Dictionary<Guid, ScheduledSession>(before.Sessions.Count);
        foreach (var session in before.Sessions)
        {
            if (only is null || only.Contains(session.Uid))
            {
                older[session.Uid] = session;
            }
        }

        var rooms = new RoomIdentity(after.FormerRoomSlugs);
        var present = new HashSet<Guid>();
        foreach (var session in after.Sessions)
        {
            if (only is not null && !only.Contains(session.Uid))
            {
                continue;
            }

            present.Add(session.Uid);
            var change = older.TryGetValue(session.Uid, out var was)
                ? SessionComparison.Between(was, session, rooms)
                : SessionComparison.Added(session);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        Dictionary<Guid, NamedRef?>? mergedInto = null;
        foreach (var session in before.Sessions)
        {
            if (older.ContainsKey(session.Uid) && !present.Contains(session.Uid))
            {
                mergedInto ??= after.Removed.GroupBy(r => r.AsItWas.Uid).ToDictionary(g => g.Key, g => g.First().MergedInto);
                changes.Add(SessionComparison.Removed(session, mergedInto.GetValueOrDefault(session.Uid)));
            }
        }

        return changes;
    }
}
