using System.Net;
using System.Text.RegularExpressions;

namespace Summit.Tests.Http;

public sealed partial class FilterUrlContractTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static List<string> Titles(string html) => [.. CardTitle().Matches(html).Select(m => m.Groups[1].Value.Trim())];

    [Fact]
    public async Task TrackKeystoneShowsTheSixThursdaySessions()
    {
        var (status, html) = await GetAsync("/?track=keystone");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(6, Titles(html).Count);
        Assert.Contains("Showing 6 of 28 sessions", html);
        Assert.DoesNotContain("Monday, October 15</h2>", html);
    }

    [Fact]
    public async Task RoomAndTrackCombine()
    {
        var (_, html) = await GetAsync("/?room=windsor-bc&track=quantum");

        Assert.Equal(22, Titles(html).Count);
    }

    [Fact]
    public async Task SearchFindsTheIpv6SplitSession()
    {
        var (_, html) = await GetAsync("/?q=ipv6");

        Assert.Equal(["quantum: improving IPv6 support / pluggable IP allocation"], Titles(html));
    }

    [Fact]
    public async Task LeadFindsTheVifPluggingSession()
    {
        var (_, html) = await GetAsync("/?lead=garyk");

        Assert.Equal(["Nova/Quantum vif-plugging Interaction"], Titles(html));
    }

    [Fact]
    public async Task DayKindStatusAndLeadWantedAreAccepted()
    {
        var (status, html) = await GetAsync("/?day=2012-10-17&kind=split&kind=half&status=confirmed");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Quantum orchestration / ARM support for Quantum", "Improving Quantum Firewalling", "quantum team leadership & summit wrap-up"], Titles(html));
        Assert.Contains("No sessions match these filters", (await GetAsync("/?leadwanted=true")).Html);
    }

    [Fact]
    public async Task ActiveFiltersShowAsRemovableChips()
    {
        var (_, html) = await GetAsync("/?track=keystone&q=pki");

        Assert.Contains("href=\"/?q=pki\" aria-label=\"Remove filter Track: Keystone\"", html);
        Assert.Contains("class=\"filter-clear\" href=\"/\"", html);
    }

    [Theory]
    [InlineData("/?room=nowhere", "There is no room “nowhere”.")]
    [InlineData("/?day=2012-13-45", "“2012-13-45” is not a date")]
    [InlineData("/?kind=keynote", "There is no session kind “keynote”")]
    public async Task MalformedValuesAreExplainedAndTheRestShown(string url, string message)
    {
        var (status, html) = await GetAsync(url + "&track=keystone");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, html);
        Assert.Equal(6, Titles(html).Count);
    }

    [Fact]
    public async Task FiveThousandCharacterSearchIsExplainedNotAnError()
    {
        var (status, html) = await GetAsync($"/?q={new string('a', 5000)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("The search text is too long (5,000 characters; at most 200)", html);
        Assert.Equal(28, Titles(html).Count);
    }

    [Fact]
    public async Task HostileSearchTextIsShownAsText()
    {
        var response = await factory.CreateClient().GetAsync("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", TestContext.Current.CancellationToken);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", raw);
    }

    [GeneratedRegex("""<h4[^>]*class="[^"]*session-title[^"]*"[^>]*><a [^>]*>([^<]*)</a>""")]
    private static partial Regex CardTitle();
}
