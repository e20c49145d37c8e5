using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Generation;
using Summit.Core.Releases;
using Summit.Data;
using Summit.Data.Import;
using Summit.Data.Releases;

namespace Summit.Bench.Releases;

/// <summary>
/// <c>dotnet run -c Release --project bench/Summit.Bench -- releases [--sessions 2000] [--saves 200]</c>: the figures of
/// docs/performance.md "Releases", on a generated event in a SQLite file of its own. Releasing (read the working copy,
/// hash, store, changelog) and the changelog alone, after ~20 changed sessions; then releases of single-session saves
/// as an event published immediately makes them (a snapshot build after each save), the database's growth per release
/// and the time to read an old release with nothing cached.
/// </summary>
internal static class ReleaseFigures
{
    private const int Rounds = 7;
    private const int ChangedSessions = 20;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var sessions = Option(args, "--sessions", 2000);
        var saves = Option(args, "--saves", 200);
        var path = Path.Combine(Path.GetTempPath(), $"summit-release-figures-{Guid.NewGuid():N}.db");
        try
        {
            var factory = new Factory(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            var schedule = ScheduleGenerator.Generate(new GeneratorOptions(sessions, Rooms: 25, Days: 4));
            await using (var db = factory.CreateDbContext())
            {
                await db.Database.MigrateAsync();
                await ScheduleImporter.ReplaceAsync(db, schedule, CancellationToken.None);
            }

            var options = Options.Create(new ReleaseOptions());
            var signal = new ScheduleChangeSignal();
            var store = new ReleaseStore(factory, options);
            var writer = new ReleaseWriter(factory, store, signal, TimeProvider.System, options);
            Report($"Event: {sessions} sessions, 25 rooms, 4 days; SQLite file; {Environment.ProcessorCount} cores");
            await Time("First release (whole copy)", () => ReleaseAsync(writer, null));

            // Releasing after ~20 changed sessions, and the changelog of those changes alone.
            var releasing = new List<double>();
            var diffing = new List<double>();
            for (var round = 0; round < Rounds; round++)
            {
                await EditAsync(factory, ChangedSessions, round);
                var latest = (await LatestAsync(factory))!.Value;
                var before = (await store.GetAsync(latest, CancellationToken.None))!.Schedule;
                releasing.Add(await Time(null, () => ReleaseAsync(writer, latest)));
                var after = (await store.GetAsync((await LatestAsync(factory))!.Value, CancellationToken.None))!.Schedule;
                var clock = Stopwatch.StartNew();
                var changes = ScheduleDiff.Compare(before, after);
                diffing.Add(clock.Elapsed.TotalMilliseconds);
                if (changes.Count < ChangedSessions)
                {
                    throw new InvalidOperationException($"Expected {ChangedSessions} changes, got {changes.Count}.");
                }
            }

            Report($"Releasing after {ChangedSessions} changed sessions (target < 1000 ms): median {Median(releasing):0} ms, max {releasing.Max():0} ms of {Rounds}");
            Report($"Changelog of {ChangedSessions} changed sessions, ScheduleDiff.Compare (target < 100 ms): median {Median(diffing):0.0} ms, max {diffing.Max():0.0} ms of {Rounds}");
            await ReadWorkingCopyAsync(factory);

            // Single-session saves, each released by the next snapshot build, as an event published immediately does.
            var snapshots = new ScheduleSnapshots(factory, signal, store, TimeProvider.System, options);
            _ = await snapshots.GetAsync(CancellationToken.None);
            var first = (await LatestAsync(factory))!.Value;
            var sizeBefore = await FileSizeAsync(factory);
            var stored = await StoredBytesAsync(factory);
            var builds = new List<double>();
            for (var save = 0; save < saves; save++)
            {
                await EditAsync(factory, 1, 1000 + save);
                snapshots.Invalidate();
                builds.Add(await Time(null, () => snapshots.GetAsync(CancellationToken.None)));
            }

            var last = (await LatestAsync(factory))!.Value;
            var sizeAfter = await FileSizeAsync(factory);
            var storedAfter = await StoredBytesAsync(factory);
            var made = last - first;
            Report($"{made} releases of single-session saves (snapshot build after each save): median build {Median(builds):0} ms, max {builds.Max():0} ms");
            Report($"Database growth per release: {(sizeAfter - sizeBefore) / (double)made:0} bytes (file, after a checkpoint); stored content and changelog {(storedAfter.Total - stored.Total) / (double)made:0} bytes");
            Report($"Stored: {storedAfter.Whole} whole copies ({storedAfter.WholeBytes / Math.Max(1, storedAfter.Whole):0} bytes each), {storedAfter.Differences} differences (largest {storedAfter.LargestDifference} bytes)");
            await ColdReadAsync(factory, options, first + (made / 2), last);
            return 0;
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task ColdReadAsync(Factory factory, IOptions<ReleaseOptions> options, params int[] versions)
    {
        foreach (var version in versions)
        {
            var times = new List<double>();
            for (var i = 0; i < Rounds; i++)
            {
                var cold = new ReleaseStore(factory, options);
                times.Add(await Time(null, () => cold.GetAsync(version, CancellationToken.None)));
            }

            await using var db = factory.CreateDbContext();
            var baseVersion = await db.Releases.Where(r => r.Version == version).Select(r => r.BaseVersion).SingleAsync();
            Report($"Reading release {version} with nothing cached ({(baseVersion is null ? "whole" : $"difference from {baseVersion}")}): median {Median(times):0} ms, max {times.Max():0} ms");
        }
    }

    private static async Task ReadWorkingCopyAsync(Factory factory)
    {
        var times = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            await using var db = factory.CreateDbContext();
            times.Add(await Time(null, () => new ScheduleReader(db).ReadAsync(CancellationToken.None)));
        }

        Report($"Of which reading the working copy (ScheduleReader): median {Median(times):0} ms");
    }

    /// <summary>Releases after the latest release, as the organizer's Release button does after the preview it showed.</summary>
    private static async Task ReleaseAsync(ReleaseWriter writer, int? latest)
    {
        var outcome = await writer.ReleaseAsync(latest, new ReleaseRequest(null, "Measured", "bench@example.org"), CancellationToken.None);
        if (outcome is not ReleaseOutcome.Released)
        {
            throw new InvalidOperationException($"Not released: {outcome}");
        }
    }

    /// <summary>Retitles <paramref name="count"/> sessions spread over the event, different ones each round.</summary>
    private static async Task EditAsync(Factory factory, int count, int round)
    {
        await using var db = factory.CreateDbContext();
        var total = await db.Sessions.CountAsync();
        var ids = await db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var chosen = Enumerable.Range(0, count).Select(i => ids[((round * count) + i) * 97 % total]).ToHashSet();
        foreach (var session in await db.Sessions.Where(s => chosen.Contains(s.Id)).ToListAsync())
        {
            session.Title = $"{session.Title.Split(" · ")[0]} · round {round}";
            session.Revision++;
            session.LastModifiedUtc = DateTime.UtcNow;
        }

        await db.SaveChangesAsync();
    }

    private static async Task<int?> LatestAsync(Factory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.Releases.MaxAsync(r => (int?)r.Version);
    }

    private static async Task<long> FileSizeAsync(Factory factory)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        var pages = await db.Database.SqlQueryRaw<long>("SELECT page_count AS Value FROM pragma_page_count()").SingleAsync();
        var free = await db.Database.SqlQueryRaw<long>("SELECT freelist_count AS Value FROM pragma_freelist_count()").SingleAsync();
        var size = await db.Database.SqlQueryRaw<long>("SELECT page_size AS Value FROM pragma_page_size()").SingleAsync();
        return (pages - free) * size;
    }

    private static async Task<(long Total, int Whole, long WholeBytes, int Differences, int LargestDifference)> StoredBytesAsync(Factory factory)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Releases.Select(r => new { r.BaseVersion, Content = r.Content.Length, Changes = r.Changes.Length }).ToListAsync();
        var whole = rows.Where(r => r.BaseVersion is null).ToList();
        var differences = rows.Where(r => r.BaseVersion is not null).ToList();
        return (rows.Sum(r => (long)r.Content + r.Changes), whole.Count, whole.Sum(r => (long)r.Content), differences.Count,
            differences.Select(r => r.Content).DefaultIfEmpty().Max());
    }

    private static async Task<double> Time(string? label, Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (label is not null)
        {
            Report($"{label}: {elapsed:0} ms");
        }

        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static void Report(string line) => Console.WriteLine(line);

    /// <summary>Contexts on the measured database, as the app's factory hands them out.</summary>
    private sealed class Factory(string connectionString) : IDbContextFactory<SummitDbContext>
    {
        public SummitDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<SummitDbContext>().UseSummitDatabase(DatabaseProvider.Sqlite, connectionString).Options);
    }
}
