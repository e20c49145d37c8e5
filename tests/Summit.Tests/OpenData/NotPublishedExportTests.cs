using System.Net;
using Summit.Tests.Changelog;

namespace Summit.Tests.OpenData;

/// <summary>An event published when released, before its first release: the exports say there is nothing yet.</summary>
public sealed class NotPublishedExportTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        await ReleaseScenario.PublishWhenReleasedAsync(_app.Services, keepReleases: false);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("/schedule.json")]
    [InlineData("/schedule.xml?track=keystone")]
    public async Task ExportsAreNotFoundWithTheReason(string address)
    {
        var response = await _app.Browser().GetAsync(address, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("No schedule has been published yet.", body);
        Assert.DoesNotContain("PKI Future", body);
    }
}
