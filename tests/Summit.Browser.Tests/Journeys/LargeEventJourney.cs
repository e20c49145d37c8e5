using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Core.Generation;
using Summit.Data.Import;

namespace Summit.Browser.Tests.Journeys;

/// <summary>Its own server, holding a generated event of 400 sessions over four days, which opens on one day.</summary>
public sealed class LargeEventJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() =>
        await server.WithDatabaseAsync(db => ScheduleImporter.ReplaceAsync(
            db, ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 400, Rooms: 10, Days: 4)), CancellationToken.None));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static ILocator Tab(IPage page, string name) => page.GetByRole(AriaRole.Navigation, new() { Name = "Days" }).GetByRole(AriaRole.Link, new() { Name = name });

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task DayTabsSwitchDaysInPlaceAndAllDaysShowsEverything(Viewport viewport)
    {
        // Arrange: before the event, it opens on its first day
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        var page = session.Page;
        await page.GotoAsync("/");
        await Assertions.Expect(Tab(page, "Mon 15 Oct (100)")).ToHaveAttributeAsync("aria-current", "page");
        Assert.Equal(["Monday, October 15"], (await page.Locator("h2.day-heading").AllInnerTextsAsync()).Select(t => t.Trim()));
        await page.EvaluateAsync("() => window.__summitMark = 42");

        // Act: another day, then every day
        await Tab(page, "Tue 16 Oct (100)").ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex(@"\?day=2012-10-16$"));
        await Assertions.Expect(page.Locator("h2.day-heading")).ToHaveTextAsync(["Tuesday, October 16"]);
        await Assertions.Expect(Tab(page, "Tue 16 Oct (100)")).ToHaveAttributeAsync("aria-current", "page");
        await Tab(page, "All days (400)").ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex(@"\?day=all$"));

        // Assert
        await Assertions.Expect(page.Locator("h2.day-heading")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("article.session-card")).ToHaveCountAsync(400);
        await Assertions.Expect(Tab(page, "All days (400)")).ToHaveAttributeAsync("aria-current", "page");
        Assert.Equal(42, await page.EvaluateAsync<int?>("() => window.__summitMark ?? null"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheOpeningDayHasNoSeriousAccessibilityViolations()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        await session.Page.GotoAsync("/");

        var result = await session.Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        session.AssertNoErrors();
    }
}
