using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Generation;
using Summit.Core.Schedule;
using Summit.Data;
using Summit.Data.Seed;

namespace Summit.Bench;

/// <summary>The schedules the benchmarks run on: the real 28-session seed, or a generated event of a given size.</summary>
internal static class BenchSchedule
{
    public static GeneratorOptions Options { get; } = new(Sessions: 5000, Rooms: 25, Days: 4);

    /// <summary>28 sessions: the Windsor BC seed, read as the app reads it. Larger sizes: generated over 25 rooms and 4 days.</summary>
    public static PublishedSchedule OfSize(int sessions) =>
        sessions == 28 ? Seed() : ScheduleGenerator.Generate(new GeneratorOptions(sessions, Rooms: 25, Days: 4));

    private static PublishedSchedule Seed()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new SummitDbContext(new DbContextOptionsBuilder<SummitDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
        ScheduleSeeder.SeedIfEmptyAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return new ScheduleReader(db).ReadAsync(CancellationToken.None).GetAwaiter().GetResult()!;
    }
}
