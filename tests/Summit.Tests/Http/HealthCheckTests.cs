using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Http;

/// <summary>
/// /healthz says the process is alive, whatever the database does; /readyz answers for the public pages, not only for
/// the database connection. Each test on its own server.
/// </summary>
public sealed class HealthCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task DamageScheduleAsync(SummitAppFactory app)
    {
        await app.Database.RenameTableAsync<Room>("RoomsGone", Ct);
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
        await using var unreachable = await app.Database.MakeUnreachableAsync(Ct);

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
        await using var unreachable = await app.Database.MakeUnreachableAsync(Ct);

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
