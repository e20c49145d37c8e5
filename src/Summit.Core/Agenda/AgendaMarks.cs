using Summit.Core.Releases;

namespace Summit.Core.Agenda;

/// <summary>A starred session that a release took off the schedule, as the agenda lists it until seen.</summary>
/// <param name="Title">Its title as it was.</param>
/// <param name="Text">"Removed from the schedule" or "Merged into “…”".</param>
public sealed record RemovedMark(string Title, string Text);

/// <summary>
/// What an agenda tells its owner about releases since they last looked: a mark for each starred session that
/// changed, by UID, and the starred sessions that were removed. Sessions new since then are not marked: whoever
/// starred one has seen it.
/// </summary>
public sealed record AgendaMarks(IReadOnlyDictionary<Guid, string> Changed, IReadOnlyList<RemovedMark> Removed)
{
    public const string ChangedLead = "Changed since you last looked: ";

    public static AgendaMarks None { get; } = new(new Dictionary<Guid, string>(), []);

    /// <summary>True when there is anything to mark.</summary>
    public bool Any => Changed.Count > 0 || Removed.Count > 0;

    /// <summary>The marks for the starred sessions that changed between two releases.</summary>
    /// <param name="seen">The schedule of the release the owner last looked at; null (it cannot be read) marks nothing.</param>
    /// <param name="current">The schedule published now.</param>
    /// <param name="starred">The agenda's starred UIDs, including those of sessions removed since they were starred.</param>
    public static AgendaMarks Since(PublishedSchedule? seen, PublishedSchedule current, IReadOnlySet<Guid> starred)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(starred);
        if (seen is null || starred.Count == 0)
        {
            return None;
        }

        var changed = new Dictionary<Guid, string>();
        var removed = new List<RemovedMark>();
        foreach (var change in ScheduleDiff.Compare(seen, current, starred))
        {
            if (change.Is(SessionChangeKind.Removed))
            {
                removed.Add(new RemovedMark(change.Title, Capitalized(SessionChangeText.Mark(change))));
            }
            else if (!change.Is(SessionChangeKind.New))
            {
                changed[change.Uid] = ChangedLead + SessionChangeText.Mark(change);
            }
        }

        return changed.Count == 0 && removed.Count == 0 ? None : new AgendaMarks(changed, removed);
    }

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
