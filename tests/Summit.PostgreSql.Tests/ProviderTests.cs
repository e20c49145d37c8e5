using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.PostgreSql.Tests;

/// <summary>The shared tests in this assembly run on PostgreSQL, not on SQLite by a fallback: databases and app hosts alike.</summary>
public sealed class ProviderTests
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATestDatabaseIsASeededPostgreSqlDatabaseOfItsOwn()
    {
        // Arrange
        await using var first = await TestDatabase.CreateAsync();
        await using var second = await TestDatabase.CreateAsync();
        await using var db = first.CreateContext();

        // Act
        var sessions = await db.Sessions.CountAsync(Ct);
        var name = await db.Database.SqlQueryRaw<string>("SELECT current_database() AS \"Value\"").SingleAsync(Ct);

        // Assert
        Assert.Equal(Npgsql, db.Database.ProviderName);
        Assert.Equal(28, sessions);
        await using var other = second.CreateContext();
        Assert.NotEqual(name, await other.Database.SqlQueryRaw<string>("SELECT current_database() AS \"Value\"").SingleAsync(Ct));
    }

    [Fact]
    public async Task TheAppHostSeedsAndServesItsOwnPostgreSqlDatabase()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();

        // Act
        var page = await client.GetStringAsync("/sessions/pki-future", Ct);

        // Assert
        Assert.Contains("PKI Future", page);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(Npgsql, scope.ServiceProvider.GetRequiredService<SummitDbContext>().Database.ProviderName);
    }

    [Fact]
    public async Task ADroppedTestDatabaseIsGone()
    {
        // Arrange
        var database = await TestDatabase.CreateAsync(seed: false);
        await using var probe = await TestDatabase.CreateAsync(seed: false);
        string name;
        await using (var db = database.CreateContext())
        {
            name = await db.Database.SqlQueryRaw<string>("SELECT current_database() AS \"Value\"").SingleAsync(Ct);
        }

        // Act
        await database.DisposeAsync();

        // Assert
        await using var check = probe.CreateContext();
        Assert.False(await check.Database.SqlQueryRaw<bool>("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = {0}) AS \"Value\"", name).SingleAsync(Ct));
    }
}
