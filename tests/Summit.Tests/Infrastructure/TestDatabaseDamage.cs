using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

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

    private static string Table<TEntity>(SummitDbContext db) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(
            db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table."));
}
