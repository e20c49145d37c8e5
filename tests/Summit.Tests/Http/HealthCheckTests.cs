using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Http;

/// <summary>
/// /healthz says the process is alive, whatever the database does; /readyz answers for the public pages, not only for
/// the database connection. Each test on its own server.
/// </summary>
public sealed class HealthCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Makes the app's SQLite file impossible to open, as a lost mount or a wrong path would: a folder takes its place
    /// until disposed (before the app, which deletes its file).
    /// </summary>
    private static IDisposable MakeDatabaseUnopenable(SummitAppFactory app)
    {
        foreach (var file in new[] { app.DatabasePath, app.DatabasePath + "-wal", app.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(app.DatabasePath);
        return new FolderRemoval(app.DatabasePath);
    }

    private sealed class FolderRemoval(string path) : IDisposable
    {
        public void Dispose() => Directory.Delete(path);
    }

    private static async Task DamageScheduleAsync(SummitAppFactory app)
    {
        await using (var damage = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await damage.OpenAsync(Ct);
            await using var command = damage.CreateCommand();
            command.CommandText = "ALTER TABLE Rooms RENAME TO RoomsGone;";
            await command.ExecuteNonQueryAsync(Ct);
        }

        app.Services.GetRequiredService<ScheduleSnapshots>().Invalidate();
    }

    [Fact]
    public async Task AHealthyAppAnswers200()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();

        // Act
        var response = await client.GetAsync("/healthz", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheLivenessCheckAnswersWithoutTheDatabaseAndIsNotCached()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
        using var unopenable = MakeDatabaseUnopenable(app);

        // Act
        var response = await client.GetAsync("/healthz", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AReadyAppSaysSoInPlainText()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();

        // Act
        var response = await client.GetAsync("/readyz", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Ready", await response.Content.ReadAsStringAsync(Ct));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AnAppWhoseDatabaseCannotBeOpenedIsNotReadyAndSaysWhy()
    {
        // Arrange: started and serving, then the database file becomes impossible to open
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", Ct)).StatusCode);
        using var unopenable = MakeDatabaseUnopenable(app);

        // Act
        var response = await client.GetAsync("/readyz", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var reason = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("Not ready:", reason, StringComparison.Ordinal);
        Assert.Contains("database: the database cannot be reached", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseWhoseScheduleCannotBeReadIsNotReadyThoughItStillOpens()
    {
        // Arrange: the schedule page works, then a table it reads goes missing and a save invalidates its snapshot.
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
        await DamageScheduleAsync(app);

        // Act
        var response = await client.GetAsync("/readyz", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("schedule: the schedule cannot be read", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAppWhoseScheduleCannotBeReadIsStillAlive()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
        await DamageScheduleAsync(app);

        // Act
        var response = await client.GetAsync("/healthz", Ct);

        // Assert: a restart would not mend the database; the load balancer keeps traffic away through /readyz
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
