using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Summit.Data;
using Summit.Data.Seed;

namespace Summit.Tests.Infrastructure;

/// <summary>A migrated SQLite database in its own temporary file, deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>A new, migrated database; seeded with the Windsor BC schedule unless <paramref name="seed"/> is false.</summary>
    public static async Task<TestDatabase> CreateAsync(bool seed = true)
    {
        var database = new TestDatabase(TempFile());
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        if (seed)
        {
            await ScheduleSeeder.SeedIfEmptyAsync(db, TestContext.Current.CancellationToken);
        }

        return database;
    }

    public static string TempFile() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"summit-test-{Guid.NewGuid():N}.db");

    public SummitDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SummitDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
