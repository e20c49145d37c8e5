using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Core.Generation;
using Summit.Data.Import;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// Walks the pages the README and user guide show and photographs them. Set SUMMIT_SCREENSHOTS_DIR (see
/// docs/screenshots/update.sh) to refresh the pictures in docs/; otherwise they go to the test output folder.
/// </summary>
public sealed class ScreenshotJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private static string Folder =>
        Environment.GetEnvironmentVariable("SUMMIT_SCREENSHOTS_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task DocumentedPagesRenderTheirContent()
    {
        Directory.CreateDirectory(Folder);
        await using (var desktop = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop))
        {
            var page = desktop.Page;

            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("article.session-card")).ToHaveCountAsync(28);
            await ShootAsync(page, "schedule.png");

            await page.GotoAsync("/?track=keystone&day=2012-10-18");
            await page.Locator("#pki-future .star-button").ClickAsync();
            await page.Locator("#keystone-internals .star-button").ClickAsync();
            await Assertions.Expect(page.Locator(".star-button[aria-pressed=true]")).ToHaveCountAsync(2);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await ShootAsync(page, "filtered.png");

            await page.GotoAsync("/sessions/improving-quantum-firewalling");
            await Assertions.Expect(page.Locator(".session-subject")).ToHaveCountAsync(2);
            await ShootAsync(page, "session.png");

            await page.GotoAsync("/agenda");
            await Assertions.Expect(page.Locator("article.session-card")).ToHaveCountAsync(2);
            await ShootAsync(page, "agenda.png");
            desktop.AssertNoErrors();
        }

        await using var phone = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        await phone.Page.GotoAsync("/?day=2012-10-16");
        await phone.Page.EvaluateAsync("() => document.querySelector('.filter-summary').scrollIntoView()");
        await Assertions.Expect(phone.Page.Locator("article.session-card")).ToHaveCountAsync(7);
        await ShootAsync(phone.Page, "phone.png", fullPage: false);
        phone.AssertNoErrors();

        // Last, since it changes the event: a second room with free cells, and capacities to show stars against.
        await Planner.AddRoomAsync(server, "Annapolis", capacity: 40);
        await server.WithDatabaseAsync(async db =>
        {
            (await db.Rooms.SingleAsync(r => r.Slug == "windsor-bc")).Capacity = 60;
            await db.SaveChangesAsync();
        });
        await using var organizer = await Organizers.SignedInAsync(browser.Browser, server, "screenshots@example.org");
        await Planner.OpenAsync(organizer.Page);
        await organizer.Page.GetByRole(AriaRole.Button, new() { Name = "Defining an upgrade path for Quantum", Exact = true }).ClickAsync();
        await Assertions.Expect(organizer.Page.Locator(".planner-actions")).ToBeVisibleAsync();
        await organizer.Page.EvaluateAsync("() => { window.scrollTo(0, 0); document.querySelector('.planner-board-scroll').scrollTop = 0; }");
        await ShootAsync(organizer.Page, "planner.png");
        organizer.AssertNoErrors();
    }

    [Fact]
    public async Task TheGridIsPhotographedOnAnEventOfSeveralRooms()
    {
        // The seed has one room: the grid is shown on a generated event of six, on a server of its own.
        await using var own = await SummitServer.StartAsync();
        await own.WithDatabaseAsync(db => ScheduleImporter.ReplaceAsync(
            db, ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 60, Rooms: 6, Days: 2)), CancellationToken.None));
        Directory.CreateDirectory(Folder);

        await using (var desktop = await BrowserPage.OpenAsync(browser.Browser, own.BaseAddress, Viewport.Desktop))
        {
            var page = desktop.Page;
            // During the first morning, so the current-time line shows.
            await page.Clock.InstallAsync(new() { TimeDate = new DateTime(2012, 10, 15, 17, 10, 0, DateTimeKind.Utc) });
            await page.GotoAsync("/grid?day=2012-10-15");
            await page.Locator(".grid-block .star-button").Nth(2).ClickAsync();
            await Assertions.Expect(page.Locator(".star-button[aria-pressed=true]")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".grid-now")).ToBeVisibleAsync();
            await page.Mouse.MoveAsync(0, 0);
            await page.EvaluateAsync("() => document.querySelector('.view-bar').scrollIntoView()");
            await ShootAsync(page, "grid.png");
            desktop.AssertNoErrors();
        }

        await using var phone = await BrowserPage.OpenAsync(browser.Browser, own.BaseAddress, Viewport.Phone);
        await phone.Page.GotoAsync("/grid?day=2012-10-16");
        await phone.Page.EvaluateAsync("() => document.querySelector('.view-bar').scrollIntoView()");
        await Assertions.Expect(phone.Page.Locator("table.schedule-grid")).ToBeVisibleAsync();
        await ShootAsync(phone.Page, "grid-phone.png");
        phone.AssertNoErrors();
    }

    private static async Task ShootAsync(IPage page, string name, bool fullPage = false)
    {
        var path = Path.Combine(Folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name} looks empty.");
    }
}
