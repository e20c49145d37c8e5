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
        var table = db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var statement = $"ALTER TABLE {sql.DelimitIdentifier(table)} RENAME TO {sql.DelimitIdentifier(newName)}";
        await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }
}
