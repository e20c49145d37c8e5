namespace Summit.Web.Published;

/// <summary>
/// Answers kept for one version of the published schedule. Entries are keyed by that version, so a change never
/// serves a stale one; the change listener empties each cache after a change so old entries free their memory at once.
/// </summary>
public interface IPublishedScheduleCache
{
    ValueTask EvictAsync(CancellationToken cancellationToken);
}
