using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// A visitor whose device is in another zone than the venue's is told so and can read the schedule in their own time,
/// converted in the browser; the seeded event's first session is 9:50am PDT on Monday 15 October 2012.
/// </summary>
public sealed class TimeZoneJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private static ILocator FirstSessionStart(IPage page) => page.Locator(".session-when time").First;

    private static ILocator Banner(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Time zone" });

    [Fact]
    public async Task AVisitorInBerlinSwitchesToTheirTimeAndTheChoiceOutlivesAReloadAndHoldsOnTheGrid()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop, timeZoneId: "Europe/Berlin");
        var page = session.Page;
        await page.GotoAsync("/");
        await Assertions.Expect(Banner(page)).ToContainTextAsync("Times are in PDT, the venue's time; your device is in CEST");
        await Assertions.Expect(FirstSessionStart(page)).ToHaveTextAsync("9:50am");

        // Act
        await Banner(page).GetByRole(AriaRole.Button, new() { Name = "Show my times (CEST)" }).ClickAsync();
        await Assertions.Expect(FirstSessionStart(page)).ToHaveTextAsync("6:50pm");
        await page.ReloadAsync();

        // Assert
        await Assertions.Expect(FirstSessionStart(page)).ToHaveTextAsync("6:50pm");
        await Assertions.Expect(page.Locator(".session-when .event-zone").First).ToHaveTextAsync("CEST");
        await Assertions.Expect(Banner(page)).ToContainTextAsync("Times are in CEST, your device's time");
        await page.GotoAsync("/grid");
        await Assertions.Expect(page.Locator(".grid-time time").First).ToHaveTextAsync("6:50pm");
        await Assertions.Expect(page.Locator(".grid-day-heading .event-zone").First).ToHaveTextAsync("CEST");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task SwitchingBackShowsTheVenuesTimesAgain()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop, timeZoneId: "Europe/Berlin");
        var page = session.Page;
        await page.GotoAsync("/");
        await Banner(page).GetByRole(AriaRole.Button, new() { Name = "Show my times (CEST)" }).ClickAsync();
        await Assertions.Expect(FirstSessionStart(page)).ToHaveTextAsync("6:50pm");

        // Act
        await Banner(page).GetByRole(AriaRole.Button, new() { Name = "Show the venue's times (PDT)" }).ClickAsync();

        // Assert
        await Assertions.Expect(FirstSessionStart(page)).ToHaveTextAsync("9:50am");
        await Assertions.Expect(page.Locator(".session-when .event-zone").First).ToHaveTextAsync("PDT");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheBannerIsInPlaceAtTheFirstPaintSoNothingBelowItMoves()
    {
        // Arrange: the page's layout shifts, as the browser reports them, from its very start.
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone, timeZoneId: "Europe/Berlin");
        var page = session.Page;
        await page.AddInitScriptAsync("""
            window.summitShifts = [];
            new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.summitShifts.push(entry.value)))
                .observe({ type: 'layout-shift', buffered: true });
            """);

        // Act
        await page.GotoAsync("/");
        await Assertions.Expect(Banner(page)).ToContainTextAsync("your device is in CEST");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Assert
        var shifts = await page.EvaluateAsync<double[]>("() => window.summitShifts");
        Assert.Empty(shifts);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task AVisitorAtTheVenueSeesNoBanner()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop, timeZoneId: "America/Los_Angeles");
        var page = session.Page;

        // Act
        await page.GotoAsync("/");

        // Assert
        await Assertions.Expect(FirstSessionStart(page)).ToHaveTextAsync("9:50am");
        await Assertions.Expect(page.Locator(".zone-banner")).ToHaveCountAsync(0);
        session.AssertNoErrors();
    }
}
