using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Browser.Tests.Journeys;

public sealed partial class AttendeeJourneys(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private Task<BrowserPage> OpenAsync(Viewport viewport, bool javaScript = true) =>
        BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport, javaScript);

    private static ILocator Cards(IPage page) => page.Locator("article.session-card");

    /// <summary>Marks the window; the mark survives enhanced navigation and in-place updates, not a full reload.</summary>
    private static Task MarkWindowAsync(IPage page) => page.EvaluateAsync("() => window.__summitMark = 42");

    private static async Task<bool> WindowStillMarkedAsync(IPage page) => await page.EvaluateAsync<int?>("() => window.__summitMark ?? null") == 42;

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task ScheduleShowsTheFourDaysAndTwentyEightSessions(Viewport viewport)
    {
        await using var session = await OpenAsync(viewport);
        var page = session.Page;

        await page.GotoAsync("/");

        Assert.Equal(["Monday, October 15", "Tuesday, October 16", "Wednesday, October 17", "Thursday, October 18"],
            (await page.Locator("h2.day-heading").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal(28, await Cards(page).CountAsync());
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= page.ViewportSize!.Width, $"The page is {width}px wide on a {page.ViewportSize.Width}px screen.");
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task FilterBarNarrowsToKeystoneAndChipsUndoIt(Viewport viewport)
    {
        // Arrange
        await using var session = await OpenAsync(viewport);
        var page = session.Page;
        await page.GotoAsync("/");
        await MarkWindowAsync(page);

        // Act: tick Keystone; the script applies it at once
        await page.GetByText("Filter by day, track, room, kind or lead").ClickAsync();
        await page.GetByLabel("Keystone (6)").CheckAsync();
        await page.WaitForInPlaceUrlAsync(new Regex(@"\?track=keystone$"));

        // Assert
        await Assertions.Expect(Cards(page)).ToHaveCountAsync(6);
        Assert.True(await WindowStillMarkedAsync(page), "Filtering reloaded the whole page instead of navigating in place.");
        await Assertions.Expect(page.Locator("a.filter-chip")).ToHaveTextAsync(new Regex("Track: Keystone"));

        // Act: remove the chip
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Track: Keystone" }).ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex(@"/$"));
        await Assertions.Expect(Cards(page)).ToHaveCountAsync(28);

        // Act: filter again, then clear all
        await page.GotoAsync("/?track=keystone&day=2012-10-18");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clear filters" }).ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex(@"/$"));
        await Assertions.Expect(Cards(page)).ToHaveCountAsync(28);
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task SearchFindsIpv6AndTheSplitSessionShowsBothSubjects(Viewport viewport)
    {
        await using var session = await OpenAsync(viewport);
        var page = session.Page;
        await page.GotoAsync("/");

        await page.GetByLabel("Search sessions").FillAsync("ipv6");
        await page.GetByLabel("Search sessions").PressAsync("Enter");
        await page.WaitForInPlaceUrlAsync(new Regex(@"\?q=ipv6$"));
        await Assertions.Expect(Cards(page)).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "quantum: improving IPv6 support / pluggable IP allocation" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/sessions/"));

        await Assertions.Expect(page.Locator(".session-subject h3")).ToHaveTextAsync(["Make IP allocation algorithm pluggable", "Improving IPv6 support"]);
        await Assertions.Expect(page.GetByText("better DHCPv6 support")).ToBeVisibleAsync();
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task StarringThreeSessionsFillsTheAgendaWithoutReloading(Viewport viewport)
    {
        // Arrange
        await using var session = await OpenAsync(viewport);
        var page = session.Page;
        await page.GotoAsync("/");
        await MarkWindowAsync(page);
        string[] slugs = ["closing-quantum-nova-gaps", "future-of-dns-in-openstack", "pki-future"];

        // Act
        foreach (var slug in slugs)
        {
            var star = page.Locator($"#{slug} .star-button");
            await star.ClickAsync();
            await Assertions.Expect(star).ToHaveAttributeAsync("aria-pressed", "true");
            await Assertions.Expect(star).ToHaveAttributeAsync("aria-label", "Remove from my agenda");
        }

        // Assert
        Assert.True(await WindowStillMarkedAsync(page), "Starring reloaded the page.");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".star-button[aria-pressed=true]")).ToHaveCountAsync(3);

        await page.GotoAsync("/agenda");
        await Assertions.Expect(Cards(page)).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".session-title")).ToHaveTextAsync(["Closing quantum/nova gaps", "Future of DNS in Openstack", "PKI Future"]);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task StarsClickedInQuickSuccessionOnAFirstVisitAreAllKept()
    {
        await using var session = await OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/?day=2012-10-17");

        // No waiting between clicks: the second post must not race the first for the new agenda.
        await page.Locator("#moving-vpn-support-to-quantum .star-button").ClickAsync();
        await page.Locator("#lbaas-3-provider-apis .star-button").ClickAsync(new() { Force = true });
        await page.Locator("#future-of-dns-in-openstack .star-button").ClickAsync(new() { Force = true });
        await Assertions.Expect(page.Locator(".star-button[aria-pressed=true]")).ToHaveCountAsync(3);

        await page.GotoAsync("/agenda");
        await Assertions.Expect(Cards(page)).ToHaveCountAsync(3);
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task AgendaDownloadsAsACalendarFile(Viewport viewport)
    {
        await using var session = await OpenAsync(viewport);
        var page = session.Page;
        await page.GotoAsync("/sessions/keystone-internals");
        await page.Locator(".star-button").ClickAsync();
        await Assertions.Expect(page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync("/agenda");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download .ics" }).ClickAsync());
        var path = await download.PathAsync();
        var calendar = IcalCalendar.Load(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))!;

        Assert.Equal("my-agenda.ics", download.SuggestedFilename);
        Assert.Equal("Keystone Internals", Assert.Single(calendar.Events).Summary);
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task WithoutJavaScriptFilteringAndStarringStillWork(Viewport viewport)
    {
        await using var session = await OpenAsync(viewport, javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/");

        await page.GetByText("Filter by day, track, room, kind or lead").ClickAsync();
        await page.GetByLabel("Keystone (6)").CheckAsync();
        await page.Locator("details .filter-submit").ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex("track=keystone"));
        await Assertions.Expect(Cards(page)).ToHaveCountAsync(6);

        await page.Locator("#pki-future .star-button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Added “PKI Future” to your agenda.");
        await page.GotoAsync("/agenda");
        await Assertions.Expect(page.Locator(".session-title")).ToHaveTextAsync(["PKI Future"]);
        session.AssertNoErrors();
    }
}
