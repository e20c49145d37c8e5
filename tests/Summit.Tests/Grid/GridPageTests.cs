using System.Net;
using System.Text.RegularExpressions;

namespace Summit.Tests.Grid;

/// <summary><c>/grid</c> on the seed: the list's filters and their messages, the same addresses, the way between the two views.</summary>
public sealed partial class GridPageTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Ct);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }

    private static List<string> Titles(string html) => [.. BlockTitle().Matches(html).Select(m => m.Groups[1].Value.Trim())];

    [Fact]
    public void TheGridIsAPublicCachedFilterAddressLikeTheList()
    {
        // The markers that give / its validators, answer cache, render limit and former-slug redirects.
        var markers = typeof(Summit.Web.Schedule.SchedulePage).GetCustomAttributes(inherit: false).Select(a => a.GetType()).Where(t => t != typeof(Microsoft.AspNetCore.Components.RouteAttribute));
        var grid = typeof(Summit.Web.Grid.GridPage).GetCustomAttributes(inherit: false).Select(a => a.GetType());

        Assert.Subset(grid.ToHashSet(), markers.ToHashSet());
    }

    [Fact]
    public async Task TheGridShowsEverySessionInATableADay()
    {
        var (status, html) = await GetAsync("/grid");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(28, Titles(html).Count);
        Assert.Equal(4, Regex.Count(html, "<table class=\"schedule-grid\""));
        Assert.Contains("<th scope=\"col\">Windsor BC</th>", html);
        Assert.Contains("Monday, October 15", html);
        Assert.Contains("Split session, 2 subjects", html);
    }

    [Fact]
    public async Task TheGridTakesTheListsFilters()
    {
        var (_, keystone) = await GetAsync("/grid?track=keystone");
        var (_, split) = await GetAsync("/grid?day=2012-10-17&kind=split&kind=half&status=confirmed");
        var (_, search) = await GetAsync("/grid?q=ipv6");

        Assert.Equal(6, Titles(keystone).Count);
        Assert.Contains("Showing 6 of 28 sessions", keystone);
        Assert.Equal(["Quantum orchestration / ARM support for Quantum", "Improving Quantum Firewalling", "quantum team leadership & summit wrap-up"], Titles(split));
        Assert.Equal(["quantum: improving IPv6 support / pluggable IP allocation"], Titles(search));
    }

    [Theory]
    [InlineData("/grid?room=nowhere", "There is no room “nowhere”.")]
    [InlineData("/grid?day=2012-13-45", "“2012-13-45” is not a date")]
    [InlineData("/grid?kind=keynote", "There is no session kind “keynote”")]
    public async Task ABadFilterValueIsExplainedAndTheRestShownAsOnTheList(string url, string message)
    {
        var (status, html) = await GetAsync(url + "&track=keystone");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, html);
        Assert.Equal(6, Titles(html).Count);
    }

    [Fact]
    public async Task NoMatchSaysSoAndOffersToClearTheGridsFilters()
    {
        var (status, html) = await GetAsync("/grid?q=nothing-matches-this");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No sessions match “nothing-matches-this”.", html);
        Assert.Contains("<a href=\"/grid\">clear all filters</a>", html);
        Assert.DoesNotContain("<table", html);
    }

    [Fact]
    public async Task TheListAndTheGridLinkToEachOtherKeepingTheFilters()
    {
        var (_, list) = await GetAsync("/?track=keystone&q=pki");
        var (_, grid) = await GetAsync("/grid?track=keystone&q=pki");

        Assert.Contains("<a href=\"/grid?track=keystone&q=pki\" class=\"view-switch-link\">Grid</a>", list);
        Assert.Contains("<a href=\"/?track=keystone&q=pki\" class=\"view-switch-link\">List</a>", grid);
        Assert.Contains("<a href=\"/grid?track=keystone&q=pki\" class=\"view-switch-link\" aria-current=\"page\">Grid</a>", grid);
    }

    [Fact]
    public async Task TheGridsFormChipsAndStarsLeadBackToTheGrid()
    {
        var (_, html) = await GetAsync("/grid?track=keystone&q=pki");

        Assert.Matches("<form method=\"get\" action=\"/grid\" class=\"filter-bar\"", html);
        Assert.Contains("href=\"/grid?q=pki\" aria-label=\"Remove filter Track: Keystone\"", html);
        Assert.Contains("class=\"filter-clear\" href=\"/grid\"", html);
        Assert.Contains("name=\"return\" value=\"/grid?track=keystone&q=pki#pki-future\"", html);
    }

    [Fact]
    public async Task StarsAreTheSameForEveryVisitor()
    {
        // The shared page renders every star off; star.js asks /agenda/state for this visitor's.
        var (_, html) = await GetAsync("/grid");

        Assert.Equal(28, Regex.Count(html, "aria-pressed=\"false\""));
        Assert.DoesNotContain("aria-pressed=\"true\"", html);
    }

    [GeneratedRegex("""<h3 class="grid-title"><a [^>]*>([^<]*)</a>""")]
    private static partial Regex BlockTitle();
}
