using Microsoft.EntityFrameworkCore;
using Summit.Data;

namespace Summit.Tests.Infrastructure;

/// <summary>A database of its own for a test or fixture, on the test assembly's provider, removed on dispose.</summary>
public sealed class TestDatabase(ITestDatabaseServer server, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>The app's configuration for this database (provider and connection string).</summary>
    public IReadOnlyDictionary<string, string> AppSettings => server.AppSettings(ConnectionString);

    /// <summary>A new, migrated database; seeded with the Windsor BC schedule unless <paramref name="seed"/> is false.</summary>
    public static Task<TestDatabase> CreateAsync(bool seed = true) =>
        TestDatabaseServers.Current.CreateAsync(seed, TestContext.Current.CancellationToken);

    /// <summary>A path for a SQLite file of its own, for tests of SQLite itself.</summary>
    public static string TempFile() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"summit-test-{Guid.NewGuid():N}.db");

    /// <summary>Points <paramref name="options"/> at this database, as a registration of the context does.</summary>
    public void Configure(DbContextOptionsBuilder options) => server.Configure(options, ConnectionString);

    /// <summary>Options for a context on this database, for tests that add interceptors of their own.</summary>
    public DbContextOptionsBuilder<SummitDbContext> Options()
    {
        var options = new DbContextOptionsBuilder<SummitDbContext>();
        Configure(options);
        return options;
    }

    public SummitDbContext CreateContext() => new(Options().Options);

    public ValueTask DisposeAsync() => server.DropAsync(this);
}
