using Microsoft.Data.Sqlite;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// Two app instances on one database, as behind a load balancer: <see cref="First"/> migrates and seeds it, then
/// <see cref="Second"/> starts on it. On SQLite (a temporary file) unless a subclass names another provider and database.
/// </summary>
public class TwoInstances : IAsyncLifetime
{
    /// <summary>Short, so a test waits little; the app's default is seconds.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly string? _sqliteFile;

    public TwoInstances()
        : this("Sqlite", null)
    {
    }

    protected TwoInstances(string provider, string? connectionString)
    {
        if (connectionString is null)
        {
            _sqliteFile = TestDatabase.TempFile();
            connectionString = new SqliteConnectionStringBuilder { DataSource = _sqliteFile, Pooling = false }.ToString();
        }

        First = new InstanceHost(provider, connectionString, PollInterval);
        Second = new InstanceHost(provider, connectionString, PollInterval);
    }

    public InstanceHost First { get; }

    public InstanceHost Second { get; }

    public ValueTask InitializeAsync()
    {
        // One after the other: the first migrates and seeds, the second finds the database ready.
        _ = First.Services;
        _ = Second.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        GC.SuppressFinalize(this);
    }
}
