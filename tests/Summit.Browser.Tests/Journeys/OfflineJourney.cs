using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// At the venue without a connection: after one visit the schedule and the session pages opened open offline, marked as
/// the kept copy, and a star pressed offline is sent when the connection returns. Each browser's agenda is its own, so
/// the journeys share a server.
/// </summary>
public sealed class OfflineJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private const string SessionPath = "/sessions/pki-future";

    private const string SessionTitle = "PKI Future";

    /// <summary>Opens the schedule and waits until the service worker installed and took the page over.</summary>
    private static async Task VisitScheduleOnceAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            async () => {
                await navigator.serviceWorker.ready;
                if (!navigator.serviceWorker.controller) {
                    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
                }
            }
            """);
    }

    [Fact]
    public async Task TheScheduleAndASessionOpenedBeforeOpenOfflineMarkedAsTheKeptCopy()
    {
        // Arrange: one visit to the schedule and to a session page.
        await using var device = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone, serviceWorkers: true);
        var page = device.Page;
        await VisitScheduleOnceAsync(page);
        await page.GotoAsync(SessionPath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = SessionTitle, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".offline-marker")).ToHaveCountAsync(0);

        // Act
        await device.Context.SetOfflineAsync(true);
        await page.GotoAsync("/");

        // Assert
        await Assertions.Expect(page.Locator(".offline-marker")).ToContainTextAsync("Offline: schedule as of");
        await Assertions.Expect(page.Locator("article.session-card").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = SessionTitle, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = SessionTitle, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".offline-marker")).ToContainTextAsync("Offline: schedule as of");
        device.AssertNoErrors();
    }

    [Fact]
    public async Task AStarPressedOfflineWaitsAndIsSentWhenTheConnectionReturns()
    {
        // Arrange: the session page, opened once, shown offline from the kept copy with its star pressed.
        await using var device = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop, serviceWorkers: true);
        var page = device.Page;
        await VisitScheduleOnceAsync(page);
        await page.GotoAsync(SessionPath);
        await device.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".offline-marker")).ToContainTextAsync("Offline: schedule as of");
        await page.Locator(".star-button").ClickAsync();
        await Assertions.Expect(page.Locator(".star-queued-note")).ToHaveTextAsync("Saved offline, will be sent");
        await Assertions.Expect(page.Locator(".star-sync-status")).ToContainTextAsync($"“{SessionTitle}” will be sent when you are back online");

        // Act
        await device.Context.SetOfflineAsync(false);

        // Assert
        await Assertions.Expect(page.Locator(".star-sync-status")).ToHaveTextAsync("Your stars saved offline were sent.");
        await Assertions.Expect(page.Locator(".star-queued-note")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");
        var agenda = await device.Context.APIRequest.GetAsync("/agenda");
        Assert.Contains(SessionTitle, await agenda.TextAsync(), StringComparison.Ordinal);
        device.AssertNoErrors();
    }

    [Fact]
    public async Task AnUnchangedScheduleIsCheckedWithA304WhenTheConnectionReturns()
    {
        // Arrange: the worker kept the schedule; every answer to it for this browser is watched.
        await using var device = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop, serviceWorkers: true);
        var home = new Uri(server.BaseAddress, "/").ToString();
        var notModified = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        device.Context.Response += (_, response) =>
        {
            if (response.Url == home && response.Status == 304)
            {
                notModified.TrySetResult();
            }
        };
        await VisitScheduleOnceAsync(device.Page);

        // Act
        await device.Context.SetOfflineAsync(true);
        await device.Context.SetOfflineAsync(false);

        // Assert: the schedule's validators answered, not a new download.
        await notModified.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AScheduleChangedWhileOfflineIsKeptWhenTheConnectionReturns()
    {
        // Arrange: the schedule kept by the worker, then a session renamed while the phone is offline.
        await using var own = await SummitServer.StartAsync();
        await using var device = await BrowserPage.OpenAsync(browser.Browser, own.BaseAddress, Viewport.Phone, serviceWorkers: true);
        var page = device.Page;
        await VisitScheduleOnceAsync(page);
        await device.Context.SetOfflineAsync(true);
        await own.WithDatabaseAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Slug == "pki-future", TestContext.Current.CancellationToken);
            session.Title = "PKI Future, renamed";
            session.LastModifiedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        // Act: back online, the worker renews its copy; later offline again, the schedule opens from it.
        await device.Context.SetOfflineAsync(false);
        // The worker's copy is polled until it holds the change, for as long as an assertion would wait.
        var renewed = await page.EvaluateAsync<bool>("""
            async () => {
                for (let tries = 0; tries < 150; tries++) {
                    if ((await (await caches.match('/'))?.text())?.includes('PKI Future, renamed')) {
                        return true;
                    }

                    await new Promise((resolve) => setTimeout(resolve, 100));
                }

                return false;
            }
            """);
        Assert.True(renewed, "The worker's copy of the schedule was not renewed.");
        await device.Context.SetOfflineAsync(true);
        await page.ReloadAsync();

        // Assert
        await Assertions.Expect(page.Locator(".offline-marker")).ToContainTextAsync("Offline: schedule as of");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "PKI Future, renamed", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AStarSavedOfflineThatTheServerRefusesLaterSaysWhy()
    {
        // Arrange: a star pressed offline on a session organizers then remove.
        await using var own = await SummitServer.StartAsync();
        await using var device = await BrowserPage.OpenAsync(browser.Browser, own.BaseAddress, Viewport.Desktop, serviceWorkers: true);
        device.ExpectedFailures.Add("/agenda/star");
        var page = device.Page;
        await VisitScheduleOnceAsync(page);
        await page.GotoAsync(SessionPath);
        await device.Context.SetOfflineAsync(true);
        await page.Locator(".star-button").ClickAsync();
        await Assertions.Expect(page.Locator(".star-queued-note")).ToBeVisibleAsync();
        await own.WithDatabaseAsync(async db =>
        {
            db.Sessions.Remove(await db.Sessions.SingleAsync(s => s.Slug == "pki-future", TestContext.Current.CancellationToken));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        // Act
        await device.Context.SetOfflineAsync(false);

        // Assert
        var status = page.Locator(".star-sync-status.refused");
        await Assertions.Expect(status).ToContainTextAsync("Not sent, the server refused a star saved offline.");
        await Assertions.Expect(status).ToContainTextAsync($"“{SessionTitle}”: There is no session “pki-future”.");
        await Assertions.Expect(page.Locator(".star-queued-note")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "false");
    }
}
