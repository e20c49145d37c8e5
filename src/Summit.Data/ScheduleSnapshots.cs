using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Calendar;
using Summit.Core.Content;
using Summit.Core.Filtering;
using Summit.Core.Time;

namespace Summit.Data;

/// <summary>The published schedule at one moment, with what every public request needs already built.</summary>
/// <param name="Schedule">The read model.</param>
/// <param name="Index">The filter index over it.</param>
/// <param name="Clock">The event's clock (its zone's wall-clock times and dates), for everything that reads this version.</param>
/// <param name="Version">A hash of the schedule's content: equal versions mean equal schedules, across restarts too.</param>
/// <param name="LastModifiedUtc">The newest change to any session.</param>
public sealed record ScheduleSnapshot(PublishedSchedule Schedule, FilterIndex Index, EventClock Clock, string Version, DateTime LastModifiedUtc)
{
    /// <summary>The sessions by current and former slug, so a session's address needs no query and no scan.</summary>
    public SessionAddresses Addresses { get; } = new(Schedule);

    /// <summary>The removed sessions' cancellations, found by feed filter, agenda and slug.</summary>
    public Cancellations Cancellations { get; } = new(Schedule, Clock);

    /// <summary>Each session's card excerpt and feed description, made once for this version of the schedule.</summary>
    public SessionTexts Texts { get; init; } = new(Schedule);

    /// <summary>The stored schedule's stamp (<see cref="Instances.ScheduleVersion"/>) read before the schedule itself.</summary>
    public long StoredVersion { get; init; }
}

/// <summary>
/// Serves every public request from one immutable snapshot of the published schedule, built once and rebuilt
/// only after a change (<see cref="ScheduleChangeSignal.Generation"/>), so requests do not re-query what has not changed.
/// </summary>
public sealed class ScheduleSnapshots(IDbContextFactory<SummitDbContext> factory, ScheduleChangeSignal signal)
{
    private readonly Lock _lock = new();
    private Entry? _entry;
    private ScheduleSnapshot? _built;

    /// <summary>The current snapshot, or null while no event is published.</summary>
    public Task<ScheduleSnapshot?> GetAsync(CancellationToken cancellationToken)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is null || entry.Generation != signal.Generation || entry.Task.IsFaulted || entry.Task.IsCanceled)
        {
            lock (_lock)
            {
                entry = _entry;
                var generation = signal.Generation;
                if (entry is null || entry.Generation != generation || entry.Task.IsFaulted || entry.Task.IsCanceled)
                {
                    // Built without the request's token: the snapshot is shared, and one visitor leaving must not cancel it.
                    // Task.Run keeps the build, which may finish synchronously on SQLite, outside this lock.
                    var building = new Entry(generation);
                    building.Task = Task.Run(() => BuildAsync(building));
                    Volatile.Write(ref _entry, building);
                    entry = building;
                }
            }
        }

        return entry.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Marks the schedule changed, as a save does: the next request reads it again.</summary>
    public void Invalidate() => signal.Notify();

    /// <summary>
    /// Whether the schedule stored under <paramref name="storedVersion"/> is not the one this instance serves: its
    /// snapshot was built from another stamp. A change already signalled, a build not yet started or a failed one read
    /// the database anyway, so they are not behind: this instance's own saves never ask for a second build.
    /// </summary>
    public bool IsBehind(long storedVersion)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is null || entry.Generation != signal.Generation || entry.Task.IsFaulted || entry.Task.IsCanceled)
        {
            return false;
        }

        return entry.StoredVersion is { } built && built != storedVersion;
    }

    private async Task<ScheduleSnapshot?> BuildAsync(Entry entry)
    {
        await using var db = await factory.CreateDbContextAsync();
        // The stamp first: a change committed between the two reads is then seen as newer than this snapshot, never older.
        var storedVersion = await db.ScheduleVersions.AsNoTracking().Select(v => v.Stamp).FirstOrDefaultAsync();
        entry.StoredVersion = storedVersion;
        var schedule = await new ScheduleReader(db).ReadAsync(CancellationToken.None);
        if (schedule is null)
        {
            return null;
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(schedule)).AsSpan(0, 12));
        // Deletions and merges leave no session behind to carry their time; the history does.
        var lastChange = await db.Changes.MaxAsync(c => (DateTime?)c.AtUtc);
        var lastModified = schedule.Sessions.Select(s => s.LastModifiedUtc).Append(lastChange ?? DateTime.UnixEpoch).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        // The texts of sessions whose words are unchanged come from the snapshot this one replaces.
        var previous = Volatile.Read(ref _built)?.Texts;
        var snapshot = new ScheduleSnapshot(schedule, FilterIndex.Build(schedule), new EventClock(schedule.Event.TimeZoneId), version, DateTime.SpecifyKind(lastModified, DateTimeKind.Utc))
        {
            Texts = new SessionTexts(schedule, previous),
            StoredVersion = storedVersion,
        };
        Volatile.Write(ref _built, snapshot);
        return snapshot;
    }

    private sealed class Entry(long generation)
    {
        private long _storedVersion;
        private int _storedVersionRead;

        public long Generation { get; } = generation;

        /// <summary>Set before the entry is published, so every reader sees it.</summary>
        public Task<ScheduleSnapshot?> Task { get; set; } = null!;

        /// <summary>The stamp the build read, once it has.</summary>
        public long? StoredVersion
        {
            get => Volatile.Read(ref _storedVersionRead) == 1 ? Interlocked.Read(ref _storedVersion) : null;
            set
            {
                Interlocked.Exchange(ref _storedVersion, value ?? 0);
                Volatile.Write(ref _storedVersionRead, value is null ? 0 : 1);
            }
        }
    }
}
