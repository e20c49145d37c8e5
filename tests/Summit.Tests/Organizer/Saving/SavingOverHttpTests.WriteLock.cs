using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Forms;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Saving;

// SQLite's own write lock and busy timeout: PostgreSQL locks rows, not the database.
public sealed partial class SavingOverHttpTests
{
    [Fact]
    public async Task ASaveWhileAnotherConnectionHoldsTheWriteLockSaysBusyWithinTheTimeoutAndSucceedsOnRetry()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Database:BusyTimeout", "00:00:01"));
        await using var scope = app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var (id, form) = await OpenAsync(scope.ServiceProvider);
        form.Title = "PKI: while someone else writes";
        await using var holder = new SqliteConnection(factory.Database.ConnectionString);
        await holder.OpenAsync(Ct);
        await Execute(holder, "BEGIN IMMEDIATE;");

        // Act
        var watch = Stopwatch.StartNew();
        var busy = await editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);
        watch.Stop();
        await Execute(holder, "ROLLBACK;");
        var retry = await editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.Equal(SaveFailures.Busy, busy.Failure);
        Assert.False(busy.Succeeded);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"The busy save took {watch.Elapsed}.");
        Assert.True(retry.Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var saved = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id, Ct);
        Assert.Equal(("PKI: while someone else writes", 1), (saved.Title, saved.Revision));
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
