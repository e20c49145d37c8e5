using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Generation;
using Summit.Core.Import;
using Summit.Core.Schedule;
using Summit.Data;
using Summit.Data.Import;

namespace Summit.Bench.Import;

/// <summary>
/// <c>dotnet run -c Release --project bench/Summit.Bench -- import [--sessions 2000]</c>: the figures of docs/performance.md
/// "Import". A generated event as a c3voc file would bring it (guids, slugs, rooms, tracks, leads, subjects) is imported
/// into an empty SQLite database (event, structure and sessions created), then imported again unchanged (every session
/// compared, nothing written). Each round on a new database; the reading of the file is not timed (the readers' own).
/// </summary>
internal static class ImportFigures
{
    private const int Rounds = 3;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var index = args.ToList().IndexOf("--sessions");
        var sessions = index >= 0 && index + 1 < args.Count ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 2000;
        var schedule = ScheduleGenerator.Generate(new GeneratorOptions(sessions, Rooms: 25, Days: 4));
        var document = DocumentOf(schedule);
        Report($"Import of {document.Sessions.Count} sessions, 25 rooms, 4 days into an empty SQLite file; {Environment.ProcessorCount} cores; {Rounds} rounds");

        var planned = new List<double>();
        var fresh = new List<double>();
        var again = new List<double>();
        var replaced = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"summit-import-figures-{Guid.NewGuid():N}.db");
            try
            {
                var options = new DbContextOptionsBuilder<SummitDbContext>()
                    .UseSummitDatabase(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()).Options;
                await using (var db = new SummitDbContext(options))
                {
                    await db.Database.MigrateAsync();
                }

                planned.Add(await PlanAsync(options, document));
                fresh.Add(await TimeAsync(options, document, expectChanges: true));
                again.Add(await TimeAsync(options, document, expectChanges: false));

                // The same event written by `generate` (no matching, checking or history): what the writing alone costs here.
                await using var target = new SummitDbContext(options);
                var clock = Stopwatch.StartNew();
                await ScheduleImporter.ReplaceAsync(target, schedule, CancellationToken.None);
                replaced.Add(clock.Elapsed.TotalMilliseconds);
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }

        Report($"Into an empty database (target < 5 s): median {Median(fresh):0} ms, max {fresh.Max():0} ms");
        Report($"  of which planning it (reading the database, matching, checking; PlanAsync): median {Median(planned):0} ms, max {planned.Max():0} ms");
        Report($"Again, unchanged (nothing written): median {Median(again):0} ms, max {again.Max():0} ms");
        Report($"For comparison, generate's ReplaceAsync writing the same event: median {Median(replaced):0} ms, max {replaced.Max():0} ms");
        return 0;
    }

    private static async Task<double> PlanAsync(DbContextOptions<SummitDbContext> options, ImportDocument document)
    {
        await using var db = new SummitDbContext(options);
        var clock = Stopwatch.StartNew();
        var plan = await ScheduleImport.PlanAsync(db, document, CancellationToken.None);
        return plan.Created == document.Sessions.Count ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException("Unexpected plan.");
    }

    private static async Task<double> TimeAsync(DbContextOptions<SummitDbContext> options, ImportDocument document, bool expectChanges)
    {
        await using var db = new SummitDbContext(options);
        var clock = Stopwatch.StartNew();
        var plan = await ScheduleImport.ApplyAsync(db, document, "bench", CancellationToken.None);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (plan.ChangesAnything != expectChanges || plan.Skipped.Count > 0 || (expectChanges ? plan.Created : plan.Unchanged) != document.Sessions.Count)
        {
            throw new InvalidOperationException($"Unexpected plan: {plan.Created} created, {plan.Unchanged} unchanged, {plan.Skipped.Count} skipped.");
        }

        return elapsed;
    }

    /// <summary>The generated event as a reader of a c3voc schedule.json would hand it over.</summary>
    private static ImportDocument DocumentOf(PublishedSchedule schedule) => new(
        ImportFormat.ScheduleJson,
        new ImportEvent(schedule.Event.Name, schedule.Event.TimeZoneId) { Venue = schedule.Event.Venue },
        [.. schedule.Days.Select(d => new ImportDay(d, []))],
        [.. schedule.Rooms.Select(r => new ImportRoom(r.Name, r.Slug, null))],
        [.. schedule.Tracks.Select(t => new ImportTrack(t.Name, t.Slug))],
        [.. schedule.Sessions.Select((s, i) => new ImportSession(s.Title)
        {
            Guid = s.Uid,
            Slug = s.Slug,
            Description = s.Description,
            Day = s.Day,
            Start = s.Start,
            End = s.End,
            Room = s.Room.Name,
            Track = s.Track?.Name,
            Kind = s.Kind,
            Status = s.Status,
            LeadWanted = s.LeadWanted,
            OpenForOnDemand = s.OpenForOnDemand,
            Leads = [.. s.Leads.Select(l => new ImportLead(l.Name, l.IsTentative) { Slug = l.Slug })],
            Subjects = [.. s.Subjects.Select(x => new ImportSubject(x.Title, x.Description))],
            Where = $"$.schedule.conference.days[].rooms[].events[{i}]",
        })],
        []);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void Report(string line) => Console.WriteLine(line);
}
