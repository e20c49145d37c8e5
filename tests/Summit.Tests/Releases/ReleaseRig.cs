using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Releases;
using Summit.Data.Releases;
using StoredRow = Summit.Data.Releases.Release;

namespace Summit.Tests.Releases;

/// <summary>
/// The release services of one instance on a test database, as the app wires them: a store, a writer and the snapshot
/// every public page reads. A second rig on the same database is a second instance (or this one restarted): its cache
/// starts empty.
/// </summary>
internal sealed class ReleaseRig
{
    public ReleaseRig(TestDatabase database, ReleaseOptions? options = null, TimeProvider? time = null)
    {
        Database = database;
        var wrapped = Options.Create(options ?? new ReleaseOptions());
        var factory = new TestDbContextFactory(database);
        Signal = new ScheduleChangeSignal();
        Store = new ReleaseStore(factory, wrapped);
        Writer = new ReleaseWriter(factory, Store, Signal, time ?? TimeProvider.System, wrapped);
        Snapshots = new ScheduleSnapshots(factory, Signal, Store, time ?? TimeProvider.System, wrapped);
    }

    public TestDatabase Database { get; }

    public ScheduleChangeSignal Signal { get; }

    public ReleaseStore Store { get; }

    public ReleaseWriter Writer { get; }

    public ScheduleSnapshots Snapshots { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The snapshot after a change this instance has been told of, as the next public request builds it.</summary>
    public async Task<ScheduleSnapshot> RebuiltAsync()
    {
        Snapshots.Invalidate();
        return (await Snapshots.GetAsync(Ct))!;
    }

    /// <summary>Releases the working copy after the latest release; fails the test unless it was released.</summary>
    public async Task<ReleaseInfo> ReleaseAsync(string comment = "Changes", string by = "ada@example.org")
    {
        var preview = (await Writer.PreviewAsync(Ct))!;
        var outcome = await Writer.ReleaseAsync(preview.Latest?.Version, new ReleaseRequest(null, comment, by), Ct);
        return Assert.IsType<ReleaseOutcome.Released>(outcome).Release;
    }

    /// <summary>Stored releases, oldest first.</summary>
    public static async Task<List<StoredRow>> StoredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Releases.AsNoTracking().OrderBy(r => r.Version).ToListAsync(Ct);
    }

    /// <summary>The schedule as JSON, to compare two schedules byte for byte.</summary>
    public static string Json(PublishedSchedule schedule) => JsonSerializer.Serialize(schedule);
}
