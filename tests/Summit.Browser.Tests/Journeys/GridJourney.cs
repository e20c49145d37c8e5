using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Core.Generation;
using Summit.Data.Import;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// The grid (<c>/grid</c>) on its own server holding a generated event of 200 sessions in 8 rooms over two days,
/// which opens on one day with day tabs, as a large event does.
/// </summary>
public sealed class GridJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>, IAsyncLifetime
{
    private static readonly PublishedSchedule Event = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 200, Rooms: 8, Days: 2));

    public async ValueTask InitializeAsync() =>
        await server.WithDatabaseAsync(db => ScheduleImporter.ReplaceAsync(db, Event, CancellationToken.None));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static readonly int Monday = Event.Sessions.Count(s => s.Day == new DateOnly(2012, 10, 15));

    private static readonly int Tuesday = Event.Sessions.Count(s => s.Day == new DateOnly(2012, 10, 16));

    private static string MondayTab => $"Mon 15 Oct ({Monday})";

    private static string TuesdayTab => $"Tue 16 Oct ({Tuesday})";

    private static ILocator Tab(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Days" }).GetByRole(AriaRole.Link, new() { Name = name });

    private static ILocator View(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "View" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static ILocator Blocks(IPage page) => page.Locator(".grid-block");

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task AnAttendeeSwitchesDayFiltersGoesToTheListAndBackAndStarsFromTheGrid(Viewport viewport)
    {
        // Arrange: before the event, the grid opens on its first day
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        var page = session.Page;
        await page.GotoAsync("/grid");
        await Assertions.Expect(Tab(page, MondayTab)).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.Locator("table.schedule-grid thead th[scope=col]")).ToHaveCountAsync(9);
        await Assertions.Expect(Blocks(page)).ToHaveCountAsync(Monday);

        // Act: the other day
        await Tab(page, TuesdayTab).ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex(@"/grid\?day=2012-10-16$"));
        await Assertions.Expect(page.Locator("h2.grid-day-heading")).ToContainTextAsync("Tuesday, October 16");

        // Act: one track, ticked in the filter bar
        var track = Event.Tracks[1];
        var tuesdayInTrack = Event.Sessions.Count(s => s.Day == new DateOnly(2012, 10, 16) && s.Track?.Slug == track.Slug);
        await page.GetByText("Filter by day, track, room, kind or lead").ClickAsync();
        await page.GetByLabel(new Regex($"^{Regex.Escape(track.Name)} \\(")).CheckAsync();
        await page.WaitForInPlaceUrlAsync(new Regex($@"/grid\?.*track={track.Slug}"));
        await Assertions.Expect(Blocks(page)).ToHaveCountAsync(tuesdayInTrack);
        await Assertions.Expect(page.Locator(".grid-facts").First).ToContainTextAsync(track.Name);

        // Act: to the list and back, the filter kept both ways
        await View(page, "List").ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/\?.*track={track.Slug}"));
        await Assertions.Expect(page.Locator("article.session-card")).ToHaveCountAsync(tuesdayInTrack);
        await View(page, "Grid").ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex($@"/grid\?.*track={track.Slug}"));
        await Assertions.Expect(Blocks(page)).ToHaveCountAsync(tuesdayInTrack);

        // Act: star a session from the grid
        var first = Blocks(page).First;
        var slug = await first.GetAttributeAsync("id");
        await first.Locator(".star-button").ClickAsync();
        await Assertions.Expect(first.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");

        // Assert: the shared page shows this visitor's star when opened again, and the agenda holds it
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"[id='{slug}'] .star-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync("/agenda");
        await Assertions.Expect(page.Locator($"article.session-card[id='{slug}']")).ToHaveCountAsync(1);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task OnAPhoneTheGridScrollsSidewaysWithTheTimeColumnAndRoomHeadersInPlace()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        var page = session.Page;
        await page.GotoAsync("/grid");
        var box = page.Locator(".grid-scroll");
        var time = page.Locator("tbody th.grid-time").First;
        var header = page.Locator("thead th[scope=col]").Nth(1);
        var before = (await time.BoundingBoxAsync())!;

        // Act
        await box.EvaluateAsync("b => { b.scrollLeft = 600; b.scrollTop = 400; }");

        // Assert: the page itself does not scroll sideways; the grid does, and its time column and headers stay put
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        Assert.True(await box.EvaluateAsync<int>("b => b.scrollLeft") > 0, "The grid does not scroll sideways.");
        Assert.Equal(before.X, (await time.BoundingBoxAsync())!.X, 1);
        var boxTop = (await box.BoundingBoxAsync())!.Y;
        Assert.InRange((await header.BoundingBoxAsync())!.Y, boxTop, boxTop + 2);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task DuringTheEventALineMarksTheCurrentTimeInItsRow()
    {
        // Arrange: the browser's clock at 10:10am PDT on the first day, inside the 9:50-10:30 row
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await page.Clock.InstallAsync(new() { TimeDate = new DateTime(2012, 10, 15, 17, 10, 0, DateTimeKind.Utc) });

        // Act
        await page.GotoAsync("/grid?day=2012-10-15");

        // Assert
        var line = page.Locator(".grid-now");
        await Assertions.Expect(line).ToBeVisibleAsync();
        var row = page.Locator("tbody tr[data-start='2012-10-15T16:50:00Z']");
        var rowBox = (await row.BoundingBoxAsync())!;
        var lineBox = (await line.BoundingBoxAsync())!;
        Assert.InRange(lineBox.Y, rowBox.Y + (rowBox.Height * 0.4), rowBox.Y + (rowBox.Height * 0.6));
        Assert.Equal("true", await line.GetAttributeAsync("aria-hidden"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task OutsideTheEventThereIsNoLine()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await page.Clock.InstallAsync(new() { TimeDate = new DateTime(2012, 10, 17, 17, 10, 0, DateTimeKind.Utc) });

        await page.GotoAsync("/grid?day=2012-10-15");

        await Assertions.Expect(Blocks(page)).ToHaveCountAsync(Monday);
        await Assertions.Expect(page.Locator(".grid-now:visible")).ToHaveCountAsync(0);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task WithoutJavaScriptTheGridShowsAndFilters()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop, javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/grid");

        await Tab(page, TuesdayTab).ClickAsync();
        await page.WaitForInPlaceUrlAsync(new Regex(@"/grid\?day=2012-10-16$"));

        await Assertions.Expect(Blocks(page)).ToHaveCountAsync(Tuesday);
        await View(page, "List").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/\?day=2012-10-16$"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheGridIsReachableByKeyboardFromItsScrollingBoxToEachSessionAndStar()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/grid");
        var box = page.Locator(".grid-scroll");
        var first = Blocks(page).First;

        // Act: Tab from the last day tab reaches the grid's box; arrows scroll it; Tab goes on to the first session
        await Tab(page, TuesdayTab).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('.grid-scroll').scrollLeft > 0");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(first.Locator(".grid-title a")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(first.Locator(".star-button")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Assert
        await Assertions.Expect(first.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task TheGridHasNoSeriousAccessibilityViolations(Viewport viewport)
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        await session.Page.GotoAsync("/grid");

        var result = await session.Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        session.AssertNoErrors();
    }
}
