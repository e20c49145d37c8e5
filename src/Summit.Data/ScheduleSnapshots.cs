using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Calendar;
using Summit.Core.Content;
using Summit.Core.Filtering;

namespace Summit.Data;

/// <summary>The published schedule at one moment, with what every public request needs already built.</summary>
/// <param name="Schedule">The read model.</param>
/// <param name="Index">The filter index over it.</param>
/// <param name="Version">A hash of the schedule's content: equal versions mean equal schedules, across restarts too.</param>
/// <param name="LastModifiedUtc">The newest change to any session.</param>
public sealed record ScheduleSnapshot(PublishedSchedule Schedule, FilterIndex Index, string Version, DateTime LastModifiedUtc)
{
    /// <summary>The sessions by current and former slug, so a session's address needs no query and no scan.</summary>
    public SessionAddresses Addresses { get; } = new(Schedule);

    /// <summary>The removed sessions' cancellations, found by feed filter, agenda and slug.</summary>
    public Cancellations Cancellations { get; } = new(Schedule);

    /// <summary>Each session's card excerpt and feed description, made once for this version of the schedule.</summary>
    public SessionTexts Texts { get; } = new(Schedule);
}

/// <summary>
/// Serves every public request from one immutable snapshot of the published schedule, built once and rebuilt
/// only after an organizer's save invalidates it, so requests do not re-query what has not changed.
/// </summary>
public sealed class ScheduleSnapshots
{
    private readonly IDbContextFactory<SummitDbContext> _factory;
    private readonly Lock _lock = new();
    private long _generation;
    private Entry? _entry;

    public ScheduleSnapshots(IDbContextFactory<SummitDbContext> factory, ScheduleChangeSignal signal)
    {
        _factory = factory;
        signal.Changed += Invalidate;
    }

    /// <summary>Raised after <see cref="Invalidate"/>, for caches built on the snapshot (such as output caching).</summary>
    public event Action? Invalidated;

    /// <summary>Raised when a new snapshot has been built, for work worth doing once per snapshot ahead of requests.</summary>
    public event Action<ScheduleSnapshot>? Built;

    /// <summary>The current snapshot, or null while no event is published.</summary>
    public Task<ScheduleSnapshot?> GetAsync(CancellationToken cancellationToken)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is null || entry.Generation != Volatile.Read(ref _generation) || entry.Task.IsFaulted || entry.Task.IsCanceled)
        {
            lock (_lock)
            {
                entry = _entry;
                if (entry is null || entry.Generation != _generation || entry.Task.IsFaulted || entry.Task.IsCanceled)
                {
                    // Built without the request's token: the snapshot is shared, and one visitor leaving must not cancel it.
                    // Task.Run keeps the build, which may finish synchronously on SQLite, outside this lock.
                    entry = new Entry(_generation, Task.Run(BuildAsync));
                    _entry = entry;
                }
            }
        }

        return entry.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Called after every saved change: the next request reads the schedule again.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _generation++;
            _entry = null;
        }

        Invalidated?.Invoke();
    }

    private async Task<ScheduleSnapshot?> BuildAsync()
    {
        await using var db = await _factory.CreateDbContextAsync();
        var schedule = await new ScheduleReader(db).ReadAsync(CancellationToken.None);
        if (schedule is null)
        {
            return null;
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(schedule)).AsSpan(0, 12));
        // Deletions and merges leave no session behind to carry their time; the history does.
        var lastChange = await db.Changes.MaxAsync(c => (DateTime?)c.AtUtc);
        var lastModified = schedule.Sessions.Select(s => s.LastModifiedUtc).Append(lastChange ?? DateTime.UnixEpoch).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        var snapshot = new ScheduleSnapshot(schedule, FilterIndex.Build(schedule), version, DateTime.SpecifyKind(lastModified, DateTimeKind.Utc));
        Built?.Invoke(snapshot);
        return snapshot;
    }

    private sealed record Entry(long Generation, Task<ScheduleSnapshot?> Task);
}
