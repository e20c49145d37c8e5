using Microsoft.EntityFrameworkCore;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// Where test databases are made, and the one place that knows the database provider. Each test assembly has its own
/// (<c>TestDatabaseServers.Current</c>): Summit.Tests makes SQLite files, Summit.PostgreSql.Tests databases on a
/// PostgreSQL server, so the same tests run on both.
/// </summary>
public interface ITestDatabaseServer
{
    /// <summary>
    /// A database as the app finds it on its first start: the app migrates and seeds it itself. Synchronous, for hosts
    /// whose configuration is built synchronously.
    /// </summary>
    TestDatabase CreateFresh();

    /// <summary>A database with nothing in it, not even the schema, for tests of migrating at start.</summary>
    TestDatabase CreateEmpty();

    /// <summary>A new, migrated database; seeded with the Windsor BC schedule when <paramref name="seed"/> is true.</summary>
    Task<TestDatabase> CreateAsync(bool seed, CancellationToken cancellationToken);

    /// <summary>Points <paramref name="options"/> at the database behind <paramref name="connectionString"/>.</summary>
    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>The app's configuration for the database behind <paramref name="connectionString"/>.</summary>
    IReadOnlyDictionary<string, string> AppSettings(string connectionString);

    /// <summary>Removes the database; removing one already gone does nothing.</summary>
    ValueTask DropAsync(TestDatabase database);
}
