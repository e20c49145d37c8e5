using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Summit.Tests.Infrastructure;

/// <summary>Breaks a <see cref="TestDatabase"/> past the app, in the provider's own SQL, for tests of what the app does then.</summary>
public static class TestDatabaseDamage
{
    /// <summary>Renames the table behind <typeparamref name="TEntity"/>, so that the app's queries of it fail.</summary>
    public static async Task RenameTableAsync<TEntity>(this TestDatabase database, string newName, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var sql = db.GetService<ISqlGenerationHelper>();
        var statement = $"ALTER TABLE {Table<TEntity>(db)} RENAME TO {sql.DelimitIdentifier(newName)}";
        await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }

    /// <summary>Makes every insert into the table behind <typeparamref name="TEntity"/> fail with <paramref name="error"/>, as a damaged index would.</summary>
    public static async Task RefuseInsertsAsync<TEntity>(this TestDatabase database, string error, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var table = Table<TEntity>(db);
        var message = error.Replace("'", "''", StringComparison.Ordinal);
        string[] statements = db.Database.IsNpgsql()
            ?
            [
                $"CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{message}'; END $$",
                $"CREATE TRIGGER refuse_insert BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_insert()",
            ]
            : [$"CREATE TRIGGER refuse_insert BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END"];
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    /// <summary>
    /// Makes the database impossible to open, as a lost mount or a stopped server would, until the result is disposed:
    /// on SQLite a folder takes the file's place; on PostgreSQL the database refuses connections and its open ones end.
    /// </summary>
    public static async Task<IAsyncDisposable> MakeUnreachableAsync(this TestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (!db.Database.IsNpgsql())
        {
            var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            Directory.CreateDirectory(path);
            return new Undo(() =>
            {
                Directory.Delete(path);
                return Task.CompletedTask;
            });
        }

        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
        await ServerCommandAsync(database, $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false", cancellationToken);
        await ServerCommandAsync(database, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'", cancellationToken);
        return new Undo(() => ServerCommandAsync(database, $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS true", CancellationToken.None));
    }

    private static async Task ServerCommandAsync(TestDatabase database, string sql, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Undo(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }

    private static string Table<TEntity>(SummitDbContext db) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(
            db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table."));
}
