using System.Net;
using Summit.Tests.Changelog;

namespace Summit.Tests.Grid;

/// <summary>Before an event published when released has its first release, the grid says so as the list does.</summary>
public sealed class GridNotPublishedTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        await ReleaseScenario.PublishWhenReleasedAsync(_app.Services, keepReleases: false);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheGridSaysTheScheduleIsNotPublishedYet()
    {
        var response = await _app.Browser().GetAsync("/grid", Ct);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The schedule is not published yet.", html);
        Assert.DoesNotContain("PKI Future", html);
        Assert.DoesNotContain("<table", html);
    }
}
