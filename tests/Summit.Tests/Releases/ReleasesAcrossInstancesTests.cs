using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Releases;

/// <summary>
/// Two instances of an event published immediately: whichever builds first after a save releases it, the other serves
/// that release, and both serve the same bytes. Each test changes sessions of its own.
/// </summary>
public sealed class ReleasesAcrossInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BothInstancesBuildingAfterASaveMakeOneRelease()
    {
        for (var round = 0; round < 3; round++)
        {
            // Arrange
            var before = await LatestAsync();
            await RetitleAsync(instances.First, "quantum-api-improvements", $"Both build {Guid.NewGuid():N}");

            // Act: both build at once, as after a save each instance learns of
            var snapshots = await Task.WhenAll(
                Task.Run(() => BuildAsync(instances.First), Ct),
                Task.Run(() => BuildAsync(instances.Second), Ct));

            // Assert
            var latest = await LatestAsync();
            Assert.Equal(before + 1, latest);
            Assert.All(snapshots, s => Assert.Equal(latest, s.Release!.Version));
            Assert.Equal(snapshots[0].Version, snapshots[1].Version);
        }
    }

    [Fact]
    public async Task AnotherInstanceServesTheReleaseWithTheSameBytes()
    {
        // Arrange
        var first = Browser(instances.First);
        var second = Browser(instances.Second);
        var title = $"Released on the first instance {Guid.NewGuid():N}";
        _ = await second.GetStringAsync("/", Ct);

        // Act
        await RetitleAsync(instances.First, "quantum-heat-integration", title);
        var released = await first.GetAsync("/", Ct);
        await Eventually.HoldsAsync(
            async () => WebUtility.HtmlDecode(await second.GetStringAsync("/", Ct)).Contains(title, StringComparison.Ordinal),
            "the second instance serves the release",
            instances.Promise);
        var served = await second.GetAsync("/", Ct);

        // Assert
        Assert.Contains(title, WebUtility.HtmlDecode(await released.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(released.Headers.ETag, served.Headers.ETag);
        Assert.Equal(await released.Content.ReadAsByteArrayAsync(Ct), await served.Content.ReadAsByteArrayAsync(Ct));
    }

    private static HttpClient Browser(WebApplicationFactory<Program> host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<ScheduleSnapshot> BuildAsync(InstanceHost host)
    {
        var snapshots = host.Services.GetRequiredService<ScheduleSnapshots>();
        snapshots.Invalidate();
        return (await snapshots.GetAsync(Ct))!;
    }

    private async Task<int> LatestAsync()
    {
        await using var scope = instances.First.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        return await db.Releases.MaxAsync(r => r.Version, Ct);
    }

    private static async Task RetitleAsync(InstanceHost host, string slug, string title)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var id = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(id, Ct))!;
        form.Title = title;
        Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct)).Succeeded);
    }
}
