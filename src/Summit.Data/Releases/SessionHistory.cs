using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>A session's latest change and the release that made it.</summary>
public sealed record LatestChange(ReleaseInfo Release, SessionChange Change);

/// <summary>
/// Each session's latest change across the releases, by Uid: what its page tells attendees ("Moved … in release 4").
/// Made once per snapshot from its changelog, so a page reads one entry instead of scanning every release.
/// </summary>
public sealed class SessionHistory
{
    private readonly Dictionary<Guid, LatestChange> _latest = [];

    /// <param name="releases">The changelog, newest first, as <see cref="ScheduleSnapshot.Releases"/> holds it.</param>
    public SessionHistory(IReadOnlyList<StoredRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
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
}
