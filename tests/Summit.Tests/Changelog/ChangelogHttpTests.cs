using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Summit.Tests.Changelog;

/// <summary>
/// The public changelog, its feed and the release pages, over HTTP. The seed publishes immediately, so each save is a
/// release of its own. Each test has its own app and database, as most change the schedule.
/// </summary>
public sealed class ChangelogHttpTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<(HttpResponseMessage Response, string Html)> GetAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? _app.Browser()).GetAsync(url, Ct);
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task TheChangelogListsASavedChangeAsTheNewestRelease()
    {
        // Arrange
        await ReleaseScenario.RetitleAsync(_app.Services, "pki-future", "PKI Futures");

        // Act
        var (response, html) = await GetAsync("/changelog");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"release-2\"", html);
        Assert.Contains("<a href=\"/sessions/pki-future\">PKI Futures</a>: Retitled from “PKI Future”", html);
        Assert.Contains("Release 1 (As published)", html);
        Assert.True(html.IndexOf("id=\"release-2\"", StringComparison.Ordinal) < html.IndexOf("id=\"release-1\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReleaseThatChangedNoSessionSaysSo()
    {
        // Arrange
        await ReleaseScenario.ChangeBannerAsync(_app.Services, "Lunch moved to the terrace");

        // Act
        var (_, html) = await GetAsync("/changelog");

        // Assert
        var release = html[html.IndexOf("id=\"release-2\"", StringComparison.Ordinal)..html.IndexOf("id=\"release-1\"", StringComparison.Ordinal)];
        Assert.Contains("No session changes.", release);
    }

    [Fact]
    public async Task TheChangelogIsRevalidatedLikeTheSchedule()
    {
        // Arrange
        var client = _app.Browser();
        var (first, _) = await GetAsync("/changelog", client);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/changelog");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        var response = await client.SendAsync(again, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal((await GetAsync("/", client)).Response.Headers.ETag, first.Headers.ETag);
    }

    [Fact]
    public async Task TheScheduleLinksToTheChangelogAndItsFeed()
    {
        var (_, html) = await GetAsync("/");

        Assert.Contains("<a href=\"/changelog\">", html);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/changelog.atom\"", html);
    }

    [Fact]
    public async Task TheAtomFeedHasAnEntryForTheNewRelease()
    {
        // Arrange
        await ReleaseScenario.RetitleAsync(_app.Services, "pki-future", "PKI Futures");

        // Act
        var response = await _app.Browser().GetAsync("/changelog.atom", Ct);

        // Assert
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(Ct));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(2, feed.Items.Count());
        var newest = feed.Items.First();
        Assert.Equal("Release 2", newest.Title.Text);
        Assert.EndsWith("/changelog#release-2", newest.Links.Single().Uri.AbsoluteUri);
        var content = Assert.IsType<TextSyndicationContent>(newest.Content).Text;
        Assert.Contains("/sessions/pki-future\">PKI Futures</a>: Retitled from", WebUtility.HtmlDecode(content));
    }

    [Fact]
    public async Task AnUnchangedAtomFeedIsAnswered304()
    {
        // Arrange
        var client = _app.Browser();
        var first = await client.GetAsync("/changelog.atom", Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/changelog.atom");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        var response = await client.SendAsync(again, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task AReleasePageShowsThatReleasesSchedule()
    {
        // Arrange
        await ReleaseScenario.RetitleAsync(_app.Services, "pki-future", "PKI Futures");

        // Act
        var (response, html) = await GetAsync("/releases/1");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Release 1 of 2, published", html);
        Assert.Contains("<strong>PKI Future</strong>", html);
        Assert.DoesNotContain("PKI Futures", html);
        Assert.DoesNotContain("star-form", html);
    }

    [Fact]
    public async Task AnUnknownReleaseIsNotFoundWithAClearPage()
    {
        var (response, html) = await GetAsync("/releases/99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no release 99 of this schedule.", html);
    }

    [Fact]
    public async Task AReleaseAddressThatIsNotANumberIsABadRequest()
    {
        var (response, html) = await GetAsync("/releases/abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a release number", html);
    }

    [Fact]
    public async Task ASessionPageSaysWhenItLastMoved()
    {
        // Arrange
        var (day, start) = await ReleaseScenario.MoveAsync(_app.Services, "pki-future");

        // Act
        var (_, html) = await GetAsync("/sessions/pki-future");

        // Assert
        Assert.Contains($"Moved from Thu 18 Oct 11:50am to {Summit.Core.Releases.SessionChangeText.Day(day)} {Summit.Core.Time.EventClock.FormatTime(start)} in", html);
        Assert.Contains("<a href=\"/changelog#release-2\">release 2</a>", html);
    }

    [Fact]
    public async Task AnUnchangedSessionPageHasNoChangeNote()
    {
        var (_, html) = await GetAsync("/sessions/keystone-internals");

        Assert.DoesNotContain("session-latest-change", html);
    }
}
