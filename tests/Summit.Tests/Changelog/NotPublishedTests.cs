using System.Net;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Changelog;

/// <summary>An event published when released, before its first release: it says so, and its feeds are empty calendars.</summary>
public sealed class NotPublishedTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        await ReleaseScenario.PublishWhenReleasedAsync(_app.Services, keepReleases: false);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheScheduleSaysItIsNotPublishedYet()
    {
        var response = await _app.Browser().GetAsync("/", Ct);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The schedule is not published yet.", html);
        Assert.Contains("OpenStack", html);
        Assert.DoesNotContain("PKI Future", html);
    }

    [Fact]
    public async Task ASessionPageIsNotFoundAndSaysWhy()
    {
        var response = await _app.Browser().GetAsync("/sessions/pki-future", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The schedule is not published yet.", html);
        Assert.DoesNotContain("PKI Future", html);
    }

    [Theory]
    [InlineData("/calendar.ics")]
    [InlineData("/calendar.ics?track=keystone")]
    public async Task FeedsAreEmptyValidCalendars(string url)
    {
        var response = await _app.Browser().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Empty(calendar.Events);
    }

    [Fact]
    public async Task TheChangelogHasNoReleases()
    {
        var response = await _app.Browser().GetAsync("/changelog", Ct);

        Assert.Contains("The schedule is not published yet.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }
}
