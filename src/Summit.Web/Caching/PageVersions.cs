using System.Collections.Concurrent;

namespace Summit.Web.Caching;

/// <summary>
/// The page versions of the current snapshot, made once each instead of on every request: a cached hit otherwise spends
/// most of its allocations formatting the same key and ETag again. A version depends on the snapshot, the venue's date
/// (the opening day and its midnight), whether cancellations are still published and enhanced navigation, so that is
/// what it is kept by; a new snapshot starts afresh, which also lets the old versions go.
/// </summary>
public sealed class PageVersions
{
    private Entries _entries = new(null);

    public PageVersion For(ScheduleSnapshot snapshot, DateTimeOffset now, DateOnly? openingDay, bool enhancedNavigation)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entries = Volatile.Read(ref _entries);
        if (!ReferenceEquals(entries.Snapshot, snapshot))
        {
            // Requests still holding the previous snapshot make their own and keep nothing.
            entries = new Entries(snapshot);
            Volatile.Write(ref _entries, entries);
        }

        var key = new VersionKey(snapshot.Clock.DateAt(now), openingDay, snapshot.Cancellations.ArePublishedAt(now), enhancedNavigation);
        return entries.Versions.TryGetValue(key, out var known)
            ? known
            : entries.Versions.GetOrAdd(key, PageVersion.Of(snapshot, now, openingDay, enhancedNavigation));
    }

    private sealed record Entries(ScheduleSnapshot? Snapshot)
    {
        public ConcurrentDictionary<VersionKey, PageVersion> Versions { get; } = new();
    }

    private readonly record struct VersionKey(DateOnly Today, DateOnly? OpeningDay, bool CancellationsPublished, bool EnhancedNavigation);
}
