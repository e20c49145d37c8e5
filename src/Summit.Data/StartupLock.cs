using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Summit.Data;

/// <summary>
/// One instance at a time through the start-up work (migrating, seeding, creating the Organizer role), however many
/// start at once on one database. On PostgreSQL a session-level advisory lock on a connection of its own, held until
/// disposed; the others wait for it and then find the work done. On SQLite there is nothing to hold: EF Core's migration
/// lock covers migrating, and each later step checks and writes in one transaction, which SQLite begins as
/// <c>BEGIN IMMEDIATE</c> (one writer at a time), so a second instance waits and then sees the first one's rows.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key: "Summit" in ASCII, so it is recognisable in <c>pg_locks</c>.</summary>
    public const long PostgreSqlKey = 0x53756D6D6974;

    /// <summary>How long an instance waits for another's start-up work (a migration of a large database may take minutes).</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(10);

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    /// <summary>Waits until this instance holds the start-up lock of <paramref name="db"/>'s database.</summary>
    public static async Task<StartupLock> TakeAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return new StartupLock(null);
        }

        // Not pooled: closing the connection ends the session and with it the lock, whatever happens to this process.
        var connectionString = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString();
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();

            // The app's lock_timeout (Database:BusyTimeout) is for saves; waiting here for another instance's migration is expected.
            command.CommandText = $"SET lock_timeout = 0; SELECT pg_advisory_lock({PostgreSqlKey});";
            command.CommandTimeout = (int)Wait.TotalSeconds;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT pg_advisory_unlock({PostgreSqlKey});";
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The session is gone, and its lock with it.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
