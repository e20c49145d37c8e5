using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Forms;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Saving;

/// <summary>Saves through the app's own services and configuration, as calendars then see them; each test on its own server.</summary>
public sealed class SavingOverHttpTests
{
    private const string User = "ada@example.org";
    private const string Slug = "pki-future";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Id, SessionForm Form)> OpenAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<SummitDbContext>();
        var id = await db.Sessions.Where(s => s.Slug == Slug).Select(s => s.Id).SingleAsync(Ct);
        return (id, (await services.GetRequiredService<SessionEditor>().LoadAsync(id, Ct))!);
    }

    [Fact]
    public async Task SavingAnUnchangedSessionTwiceLeavesItsFeedAndSequenceAsTheyWere()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        var before = await client.GetStringAsync($"/sessions/{Slug}/calendar.ics", Ct);
        Assert.Contains("SEQUENCE:0\r\n", before, StringComparison.Ordinal);

        // Act: a double click on Save sends the loaded form twice.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (id, form) = await OpenAsync(scope.ServiceProvider);
            var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
            Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct)).Succeeded);
            Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct)).Succeeded);
        }

        // Assert
        var after = await client.GetStringAsync($"/sessions/{Slug}/calendar.ics", Ct);
        Assert.Contains("SEQUENCE:0\r\n", after, StringComparison.Ordinal);
        await using var check = app.Services.CreateAsyncScope();
        Assert.Empty(await check.ServiceProvider.GetRequiredService<SummitDbContext>().Changes.ToListAsync(Ct));
    }

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
        await using var holder = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
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
