using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Summit.Data;
using Summit.Data.Seed;

namespace Summit.Tests.Infrastructure;

/// <summary>Test databases as SQLite files in the temporary folder, each deleted with its WAL files.</summary>
public sealed class SqliteTestDatabaseServer : ITestDatabaseServer
{
    public static SqliteTestDatabaseServer Instance { get; } = new();

    private SqliteTestDatabaseServer()
    {
    }

    public TestDatabase CreateFresh() =>
        new(this, new SqliteConnectionStringBuilder { DataSource = TestDatabase.TempFile(), Pooling = false }.ToString());

    public TestDatabase CreateEmpty() => CreateFresh();

    public async Task<TestDatabase> CreateAsync(bool seed, CancellationToken cancellationToken)
    {
        var database = CreateFresh();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (seed)
        {
            await ScheduleSeeder.SeedIfEmptyAsync(db, cancellationToken);
        }

        return database;
    }

    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSummitDatabase(DatabaseProvider.Sqlite, connectionString);

    public IReadOnlyDictionary<string, string> AppSettings(string connectionString) =>
        new Dictionary<string, string> { [DataExtensions.ConnectionStringKey] = connectionString };

    public ValueTask DropAsync(TestDatabase database)
    {
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
