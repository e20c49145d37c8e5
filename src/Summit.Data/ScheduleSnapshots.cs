using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Calendar;
using Summit.Core.Content;
using Summit.Core.Filtering;
using Summit.Core.Releases;
using Summit.Core.Time;
using Summit.Data.Releases;

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

    /// <summary>The release this snapshot shows, or null before an event that publishes when released has its first.</summary>
    public ReleaseInfo? Release { get; init; }

    /// <summary>The content hash of <see cref="Release"/>: with its number, what tells it from another event's release.</summary>
    public string? ReleaseHash { get; init; }

    /// <summary>Every release, newest first, with the changes each made: the public changelog.</summary>
    public IReadOnlyList<StoredRelease> Releases { get; init; } = [];

    /// <summary>Whether attendees see a schedule at all: false until the first release of an event published when released.</summary>
    public bool IsPublished => Release is not null;

    /// <summary>Each session's latest change across <see cref="Releases"/>, made on first use and kept with this snapshot.</summary>
    public SessionHistory History => LazyInitializer.EnsureInitialized(ref _history, () => new SessionHistory(Releases, Schedule));

    private SessionHistory? _history;
}

/// <summary>
/// Serves every public request from one immutable snapshot of the published schedule, built once and rebuilt
/// only after a change (<see cref="ScheduleChangeSignal.Generation"/>), so requests do not re-query what has not changed.
/// </summary>
public sealed class ScheduleSnapshots(
    IDbContextFactory<SummitDbContext> factory,
    ScheduleChangeSignal signal,
    ReleaseStore releases,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<ReleaseOptions> releaseOptions)
{
    /// <summary>How often one build reads and releases again after losing a release number to another build.</summary>
    private const int MaxReleaseAttempts = 3;

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
        long storedVersion;
        PublishMode mode;
        (PublishedSchedule Schedule, string Hash)? working;
        ReleasedSchedule? release;
        for (var attempt = 1; ; attempt++)
        {
            var read = await ReadAsync(db);
            if (read is null)
            {
                return null;
            }

            (storedVersion, mode, working, release) = read.Value;
            if (mode != PublishMode.Immediately || working is not { } copy || copy.Hash == release?.ContentHash)
            {
                break;
            }

            // Each save is a release of its own: the first build after it makes that release, on whichever instance.
            // A build that lost the number to another read an older working copy, or a newer one: read again.
            if (await ReleaseSaveAsync(db, copy.Schedule, copy.Hash, release) is { } made)
            {
                (release, storedVersion) = made;
                break;
            }

            if (attempt == MaxReleaseAttempts)
            {
                var latest = await ReleaseStore.LatestVersionAsync(db, CancellationToken.None);
                release = latest is { } number ? await releases.GetAsync(db, number, CancellationToken.None) : release;
                break;
            }
        }

        entry.StoredVersion = storedVersion;
        var schedule = release is null ? Unpublished(working?.Schedule.Event ?? await ReadEventAsync(db)) : await WithAgendasAsync(db, release.Schedule);
        var previous = Volatile.Read(ref _built);
        // The same release is the same number with the same content: replacing the event starts the numbers again.
        if (previous?.Release is not null && release is not null && previous.Release == release.Info && previous.ReleaseHash == release.ContentHash
            && SameAgendas(previous.Schedule.Removed, schedule.Removed))
        {
            // A save to the working copy, or one the public does not see, leaves the release as it was: so is its snapshot,
            // with its validators, index and texts.
            var same = previous with { StoredVersion = storedVersion };
            Volatile.Write(ref _built, same);
            return same;
        }

        var lastModified = await LastModifiedAsync(db, schedule, release, mode);
        var list = previous is not null && previous.Release is not null && previous.Release == release?.Info
            ? previous.Releases
            : await ReleaseStore.ListAsync(db, CancellationToken.None);

        // The texts of sessions whose words are unchanged come from the snapshot this one replaces.
        var snapshot = Create(schedule, release?.Info, list, lastModified, previous?.Texts) with { StoredVersion = storedVersion, ReleaseHash = release?.ContentHash };
        Volatile.Write(ref _built, snapshot);
        return snapshot;
    }

    /// <summary>
    /// A snapshot of a schedule that is not (yet) the published one, such as the working copy an organizer previews as
    /// the next release would show it: built on each call, never kept, so it cannot reach anyone else.
    /// </summary>
    public ScheduleSnapshot Unshared(PublishedSchedule schedule, ReleaseInfo release, DateTime lastModifiedUtc)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var current = Volatile.Read(ref _built);
        return Create(schedule, release, current?.Releases ?? [], lastModifiedUtc, current?.Texts);
    }

    private static ScheduleSnapshot Create(PublishedSchedule schedule, ReleaseInfo? release, IReadOnlyList<StoredRelease> releases, DateTime lastModifiedUtc, SessionTexts? previousTexts)
    {
        var version = Convert.ToHexStringLower(SHA256.HashData(
            [.. JsonSerializer.SerializeToUtf8Bytes(schedule), .. BitConverter.GetBytes(release?.Version ?? 0)]).AsSpan(0, 12));
        return new ScheduleSnapshot(schedule, FilterIndex.Build(schedule), new EventClock(schedule.Event.TimeZoneId), version, lastModifiedUtc)
        {
            Texts = new SessionTexts(schedule, previousTexts),
            Release = release,
            Releases = releases,
        };
    }

    /// <summary>
    /// The stamp, the publish mode, the latest release and, when each save is released at once, the working copy: read in
    /// one transaction, so a save landing meanwhile is wholly in a release or wholly in the next. Null without an event.
    /// </summary>
    private async Task<(long Stamp, PublishMode Mode, (PublishedSchedule Schedule, string Hash)? Working, ReleasedSchedule? Release)?> ReadAsync(SummitDbContext db)
    {
        await using var consistent = await ConsistentRead.BeginAsync(db, CancellationToken.None);
        // The stamp first: a change committed between the two reads is then seen as newer than this snapshot, never older.
        var stamp = await db.ScheduleVersions.AsNoTracking().Where(v => v.Id == Instances.ScheduleVersion.RowId).Select(v => v.Stamp).SingleOrDefaultAsync();
        var mode = await db.Conferences.AsNoTracking().OrderBy(c => c.Id).Select(c => (PublishMode?)c.PublishMode).FirstOrDefaultAsync();
        if (mode is null)
        {
            return null;
        }

        var latest = await ReleaseStore.LatestVersionAsync(db, CancellationToken.None);
        var release = latest is { } number ? await releases.GetAsync(db, number, CancellationToken.None) : null;
        if (mode != PublishMode.Immediately)
        {
            return (stamp, mode.Value, null, release);
        }

        var working = ReleaseMaker.PublicPart((await new ScheduleReader(db).ReadAsync(CancellationToken.None))!, release?.Schedule, keepEveryRemoved: release is null);
        return (stamp, mode.Value, (working, ReleaseContent.Hash(working)), release);
    }

    /// <summary>
    /// Releases a save made public at once, or returns null when another build (on this instance or another) took the
    /// number first: what it released may be an older working copy than this build read, so the caller reads again.
    /// </summary>
    private async Task<(ReleasedSchedule Release, long Stamp)?> ReleaseSaveAsync(SummitDbContext db, PublishedSchedule working, string hash, ReleasedSchedule? previous)
    {
        var request = await SaveDescription.ReadAsync(db, previous?.Info.ReleasedUtc, CancellationToken.None);
        try
        {
            var released = await ReleaseMaker.WriteAsync(db, releases, working, previous, request, time.GetUtcNow().UtcDateTime, releaseOptions.Value, CancellationToken.None, hash);

            // The release's own stamp: this snapshot already holds it, so it is not rebuilt for it.
            var own = db.ChangeTracker.Entries<Instances.ScheduleVersion>().Select(e => e.Entity.Stamp).FirstOrDefault();
            return (released, own);
        }
        catch (ReleaseTakenException)
        {
            return null;
        }
    }

    /// <summary>The released schedule with the agendas that held each removed session, which change after it was released.</summary>
    private static async Task<PublishedSchedule> WithAgendasAsync(SummitDbContext db, PublishedSchedule schedule)
    {
        if (schedule.Removed.Count == 0)
        {
            return schedule;
        }

        var holders = (await db.RemovedSessionAgendas.AsNoTracking()
                .Join(db.RemovedSessions, a => a.RemovedSessionId, r => r.Id, (a, r) => new { r.Uid, a.AgendaId })
                .ToListAsync())
            .GroupBy(h => h.Uid)
            .ToDictionary(g => g.Key, g => g.Select(h => h.AgendaId).Distinct().Order().ToList());
        return schedule with { Removed = [.. schedule.Removed.Select(r => r with { AgendaIds = holders.GetValueOrDefault(r.AsItWas.Uid) ?? [] })] };
    }

    private static bool SameAgendas(IReadOnlyList<CancelledSession> a, IReadOnlyList<CancelledSession> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.AsItWas.Uid == p.Second.AsItWas.Uid && p.First.AgendaIds.SequenceEqual(p.Second.AgendaIds));

    /// <summary>Before the first release: the event's name and zone, and nothing scheduled.</summary>
    private static PublishedSchedule Unpublished(EventInfo info) =>
        new(info with { BannerText = null, BannerLinkLabel = null, BannerLinkUrl = null }, [], [], [], [], []);

    private static Task<EventInfo> ReadEventAsync(SummitDbContext db) =>
        db.Conferences.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new EventInfo(c.Name, c.Subtitle, c.Venue, c.TimeZoneId, null, null, null))
            .FirstAsync();

    private static async Task<DateTime> LastModifiedAsync(SummitDbContext db, PublishedSchedule schedule, ReleasedSchedule? release, PublishMode mode)
    {
        var sessions = schedule.Sessions.Select(s => s.LastModifiedUtc);
        if (mode == PublishMode.Immediately)
        {
            // Deletions and merges leave no session behind to carry their time; the history does.
            var lastChange = await db.Changes.MaxAsync(c => (DateTime?)c.AtUtc);
            sessions = sessions.Append(lastChange ?? DateTime.UnixEpoch);
        }
        else if (release is not null)
        {
            sessions = sessions.Append(release.Info.ReleasedUtc);
        }

        return DateTime.SpecifyKind(sessions.DefaultIfEmpty(DateTime.UnixEpoch).Max(), DateTimeKind.Utc);
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
