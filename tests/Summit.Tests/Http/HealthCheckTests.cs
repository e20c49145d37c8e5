using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Http;

/// <summary>/healthz answers for the public pages, not only for the database connection; each test on its own server.</summary>
public sealed class HealthCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
    public async Task ADatabaseWhoseScheduleCannotBeReadIsUnhealthyThoughItStillOpens()
    {
        // Arrange: the schedule page works, then a table it reads goes missing and a save invalidates its snapshot.
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
        await app.Database.RenameTableAsync<Room>("RoomsGone", Ct);

        app.Services.GetRequiredService<ScheduleSnapshots>().Invalidate();

        // Act
        var response = await client.GetAsync("/healthz", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
