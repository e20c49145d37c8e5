using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>A session's latest change and the release that made it.</summary>
public sealed record LatestChange(ReleaseInfo Release, SessionChange Change);

/// <summary>
/// Each session's latest change across the releases, by Uid: what its page tells attendees ("Moved … in release 4"),
/// and where a session the changelog names is now. Made once per snapshot, so a page reads one entry instead of
/// scanning every release.
/// </summary>
public sealed class SessionHistory
{
    private readonly Dictionary<Guid, LatestChange> _latest = [];
    private readonly Dictionary<Guid, string> _currentSlugs;

    /// <param name="releases">The changelog, newest first, as <see cref="ScheduleSnapshot.Releases"/> holds it.</param>
    /// <param name="schedule">The schedule shown now, whose slugs the changelog links to.</param>
    public SessionHistory(IReadOnlyList<StoredRelease> releases, PublishedSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(releases);
        ArgumentNullException.ThrowIfNull(schedule);
        _currentSlugs = schedule.Sessions.ToDictionary(s => s.Uid, s => s.Slug);
        foreach (var release in releases.OrderByDescending(r => r.Info.Version))
        {
            foreach (var change in release.Changes)
            {
                _latest.TryAdd(change.Uid, new LatestChange(release.Info, change));
            }
        }
    }

    /// <summary>The session's latest change, or null when no release changed it since the first.</summary>
    public LatestChange? Latest(Guid uid) => _latest.GetValueOrDefault(uid);

    /// <summary>The session's slug in the schedule shown now, or null when it is no longer on it.</summary>
    public string? CurrentSlug(Guid uid) => _currentSlugs.GetValueOrDefault(uid);
}
