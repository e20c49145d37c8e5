using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>
/// Reads releases back. Releases never change once made, so each one read is kept (a few, the latest first) and shared
/// by every request and instance that asks for it again.
/// </summary>
public sealed class ReleaseStore(IDbContextFactory<SummitDbContext> factory, IOptions<ReleaseOptions> options)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<ReleasedSchedule> _cached = [];

    /// <summary>The number of the latest release, or null before the first.</summary>
    public static Task<int?> LatestVersionAsync(SummitDbContext db, CancellationToken cancellationToken) =>
        db.Releases.AsNoTracking().MaxAsync(r => (int?)r.Version, cancellationToken);

    /// <summary>Release <paramref name="version"/>, or null when there is no such release.</summary>
    public async Task<ReleasedSchedule?> GetAsync(int version, CancellationToken cancellationToken)
    {
        if (Cached(version) is { } cached)
        {
            return cached;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await GetAsync(db, version, cancellationToken);
    }

    /// <inheritdoc cref="GetAsync(int, CancellationToken)"/>
    public async Task<ReleasedSchedule?> GetAsync(SummitDbContext db, int version, CancellationToken cancellationToken)
    {
        if (Cached(version) is { } cached)
        {
            // Releases never change, but replacing the whole event (an import over it) starts their numbers again: one
            // look at the stored hash, by key, tells a kept release from another event's.
            var stored = await db.Releases.AsNoTracking().Where(r => r.Version == version).Select(r => r.ContentHash).SingleOrDefaultAsync(cancellationToken);
            if (stored == cached.ContentHash)
            {
                return cached;
            }

            Forget();
        }

        var row = await db.Releases.AsNoTracking().SingleOrDefaultAsync(r => r.Version == version, cancellationToken);
        if (row is null)
        {
            return null;
        }

        PublishedSchedule? baseline = null;
        if (row.BaseVersion is { } baseVersion)
        {
            baseline = (await GetAsync(db, baseVersion, cancellationToken))?.Schedule
                ?? throw new InvalidDataException($"Release {version} is stored as a difference from release {baseVersion}, which is missing.");
        }

        var released = new ReleasedSchedule(Info(row), ReleaseContent.Read(row.Content, baseline), row.ContentHash);
        Keep(released);
        return released;
    }

    /// <summary>Every release's description, newest first, without the schedules.</summary>
    public async Task<IReadOnlyList<StoredRelease>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await ListAsync(db, cancellationToken);
    }

    /// <inheritdoc cref="ListAsync(CancellationToken)"/>
    public static async Task<IReadOnlyList<StoredRelease>> ListAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Releases.AsNoTracking()
            .OrderByDescending(r => r.Version)
            .Select(r => new { r.Version, r.Name, r.Comment, r.ReleasedUtc, r.ReleasedBy, r.Changes, r.SessionCount })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredRelease(
            new ReleaseInfo(r.Version, r.Name, r.Comment, DateTime.SpecifyKind(r.ReleasedUtc, DateTimeKind.Utc), r.ReleasedBy),
            ReleaseChanges.Read(r.Changes),
            r.SessionCount))];
    }

    internal static ReleaseInfo Info(Release row) =>
        new(row.Version, row.Name, row.Comment, DateTime.SpecifyKind(row.ReleasedUtc, DateTimeKind.Utc), row.ReleasedBy);

    internal void Keep(ReleasedSchedule released)
    {
        lock (_lock)
        {
            if (_cached.Any(r => r.Info.Version == released.Info.Version && r.ContentHash == released.ContentHash))
            {
                return;
            }

            // Another event's release under the same number (the event was replaced): none kept is this one's.
            if (_cached.Any(r => r.Info.Version == released.Info.Version))
            {
                _cached.Clear();
            }

            _cached.AddFirst(released);
            while (_cached.Count > Math.Max(1, options.Value.CachedSchedules))
            {
                _cached.RemoveLast();
            }
        }
    }

    private void Forget()
    {
        lock (_lock)
        {
            _cached.Clear();
        }
    }

    private ReleasedSchedule? Cached(int version)
    {
        lock (_lock)
        {
            for (var node = _cached.First; node is not null; node = node.Next)
            {
                if (node.Value.Info.Version == version)
                {
                    // The most recently used moves to the front, so the latest and its base stay while old ones are read.
                    _cached.Remove(node);
                    _cached.AddFirst(node);
                    return node.Value;
                }
            }
        }

        return null;
    }
}
