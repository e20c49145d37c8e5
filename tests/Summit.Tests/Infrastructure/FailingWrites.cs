using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// Makes every write command fail as SQLite does when the disk is full, while <see cref="Failing"/> is set; reads go
/// through. The failure reaches EF Core from the command, as a real one does.
/// </summary>
public sealed class FailingWrites : DbCommandInterceptor
{
    private const int SqliteFull = 13;

    public bool Failing { get; set; } = true;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ThrowIfWrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ThrowIfWrite(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        ThrowIfWrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ThrowIfWrite(command);
        return ValueTask.FromResult(result);
    }

    private void ThrowIfWrite(DbCommand command)
    {
        var text = command.CommandText.TrimStart();
        if (Failing && (text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)))
        {
            throw new SqliteException("SQLite Error 13: 'database or disk is full'.", SqliteFull);
        }
    }
}

/// <summary>Contexts on a <see cref="TestDatabase"/> whose writes go through <see cref="FailingWrites"/>.</summary>
public sealed class FailingWritesDbContextFactory(TestDatabase database, FailingWrites writes) : IDbContextFactory<SummitDbContext>
{
    public SummitDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<SummitDbContext>().UseSqlite(database.ConnectionString).AddInterceptors(writes).Options);
}
