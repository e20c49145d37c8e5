using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Summit.Data;

/// <summary>
/// A read-only transaction in which several queries see one committed state of the database, so a save landing
/// between them is wholly in what they read or wholly not: what a release, taken from several tables, needs.
/// Disposing it ends the transaction; the context can then save as usual.
/// </summary>
internal sealed class ConsistentRead : IAsyncDisposable
{
    private readonly SummitDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly DbTransaction? _ownTransaction;

    private ConsistentRead(SummitDbContext db, IDbContextTransaction transaction, DbTransaction? ownTransaction)
    {
        _db = db;
        _transaction = transaction;
        _ownTransaction = ownTransaction;
    }

    public static async Task<ConsistentRead> BeginAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return new(db, await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken), null);
        }

        // SQLite's default BEGIN IMMEDIATE would take the write lock and hold every save back; a deferred transaction
        // reads one snapshot of the write-ahead log without blocking anyone.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var own = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        var transaction = await db.Database.UseTransactionAsync(own, cancellationToken)
            ?? throw new InvalidOperationException("The database refused the read transaction.");
        return new(db, transaction, own);
    }

    public async ValueTask DisposeAsync()
    {
        // Nothing was written: rolling back only ends the transaction.
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        if (_ownTransaction is not null)
        {
            await _ownTransaction.DisposeAsync();
            await _db.Database.CloseConnectionAsync();
        }
    }
}
