using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Summit.Data;

/// <summary>What went wrong in the database, whichever provider said it.</summary>
public enum DatabaseFailureKind
{
    /// <summary>Not a database failure this classifier knows, or none at all.</summary>
    None,

    /// <summary>A unique index or primary key refused a second row with the same values.</summary>
    UniqueViolation,

    /// <summary>A row points at one that is gone, or a row still pointed at was deleted.</summary>
    ForeignKeyViolation,

    /// <summary>Another transaction held what was needed (busy, locked, lock timeout, serialization failure, deadlock): trying again can succeed.</summary>
    Busy,

    /// <summary>The disk under the database is full.</summary>
    DiskFull,

    /// <summary>The database could not be reached or opened: server down, refused, too many connections, file missing.</summary>
    Unreachable,

    /// <summary>Any other error the database reported (I/O, corruption, a refused statement).</summary>
    Other,
}

/// <summary>
/// Classifies database exceptions by the providers' codes (SQLite result codes, PostgreSQL SQLSTATEs), never by their
/// message texts, so code that reacts to a taken slug or a busy database works on both.
/// </summary>
public static class DatabaseFailure
{
    // sqlite.org/rescode.html: primary codes, and the extended constraint codes (primary | detail << 8).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = SqliteConstraint | (3 << 8);

    // A delete that an ON DELETE RESTRICT key refuses is reported as a trigger's constraint; the schema has no triggers.
    private const int SqliteConstraintTrigger = SqliteConstraint | (7 << 8);
    private const int SqliteConstraintPrimaryKey = SqliteConstraint | (6 << 8);
    private const int SqliteConstraintUnique = SqliteConstraint | (8 << 8);

    /// <summary>The kind of the first database exception in <paramref name="exception"/> or its inner exceptions.</summary>
    public static DatabaseFailureKind Classify(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite:
                    return OfSqlite(sqlite);
                case PostgresException postgres:
                    return OfPostgres(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.InnerException is SocketException or TimeoutException or IOException || npgsql.IsTransient:
                    // No server answer at all: the connection failed or broke.
                    return DatabaseFailureKind.Unreachable;
                case DbException:
                    return DatabaseFailureKind.Other;
            }
        }

        return DatabaseFailureKind.None;
    }

    /// <summary>True when <paramref name="exception"/> is a unique or primary key violation.</summary>
    public static bool IsUniqueViolation(Exception? exception) => Classify(exception) == DatabaseFailureKind.UniqueViolation;

    /// <summary>True when <paramref name="exception"/> is a foreign key violation.</summary>
    public static bool IsForeignKeyViolation(Exception? exception) => Classify(exception) == DatabaseFailureKind.ForeignKeyViolation;

    private static DatabaseFailureKind OfSqlite(SqliteException exception) => exception.SqliteExtendedErrorCode switch
    {
        SqliteConstraintUnique or SqliteConstraintPrimaryKey => DatabaseFailureKind.UniqueViolation,
        SqliteConstraintForeignKey or SqliteConstraintTrigger => DatabaseFailureKind.ForeignKeyViolation,
        _ => exception.SqliteErrorCode switch
        {
            SqliteBusy or SqliteLocked => DatabaseFailureKind.Busy,
            SqliteFull => DatabaseFailureKind.DiskFull,
            SqliteCantOpen => DatabaseFailureKind.Unreachable,
            _ => DatabaseFailureKind.Other,
        },
    };

    // postgresql.org/docs/current/errcodes-appendix.html
    private static DatabaseFailureKind OfPostgres(string sqlState) => sqlState switch
    {
        PostgresErrorCodes.UniqueViolation => DatabaseFailureKind.UniqueViolation,
        PostgresErrorCodes.ForeignKeyViolation => DatabaseFailureKind.ForeignKeyViolation,
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable
            => DatabaseFailureKind.Busy,
        PostgresErrorCodes.DiskFull => DatabaseFailureKind.DiskFull,
        PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.InvalidCatalogName => DatabaseFailureKind.Unreachable,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => DatabaseFailureKind.Unreachable,
        _ => DatabaseFailureKind.Other,
    };
}
