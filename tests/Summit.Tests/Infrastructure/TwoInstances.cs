namespace Summit.Tests.Infrastructure;

/// <summary>
/// Two app instances on one database of the test assembly's provider, as behind a load balancer: <see cref="First"/>
/// migrates and seeds it, then <see cref="Second"/> starts on it.
/// </summary>
/// <remarks>
/// On SQLite the stored version is polled often, so a test waits little. On PostgreSQL the poll is left at a minute,
/// so a change can only arrive in time through LISTEN/NOTIFY, and the test holds the instances to the promise of one
/// second (<see cref="Promise"/>).
/// </remarks>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabaseServers.Current.CreateFresh();

    public TwoInstances()
    {
        var notified = _database.AppSettings.TryGetValue("Database:Provider", out var provider)
            && string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
        var pollInterval = notified ? TimeSpan.FromMinutes(1) : TimeSpan.FromMilliseconds(100);
        Promise = notified ? TimeSpan.FromSeconds(1) : Eventually.Deadline;
        First = new InstanceHost(_database.AppSettings, pollInterval);
        Second = new InstanceHost(_database.AppSettings, pollInterval);
    }

    public InstanceHost First { get; }

    public InstanceHost Second { get; }

    /// <summary>How soon a change saved through one instance must be served by the other.</summary>
    public TimeSpan Promise { get; }

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
        await _database.DisposeAsync();
    }
}
