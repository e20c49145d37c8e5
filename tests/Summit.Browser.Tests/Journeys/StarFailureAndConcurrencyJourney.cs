using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// Stars under stress: many first stars sent at once from one browser, and a star the server fails. Each test starts
/// its own server, as they count or break agendas.
/// </summary>
public sealed class StarFailureAndConcurrencyJourney(BrowserFixture browser)
{
    [Fact]
    public async Task TwentyFirstStarsSentAtOnceFillOneAgenda()
    {
        // Arrange: the schedule has loaded and its script has read the agenda state.
        await using var server = await SummitServer.StartAsync();
        await using var device = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        await device.Page.RunAndWaitForResponseAsync(() => device.Page.GotoAsync("/"), "**/agenda/state");

        // Act: twenty stars at once, none waiting for another's answer.
        var statuses = await device.Page.EvaluateAsync<int[]>("""
            async () => {
                const slugs = [...new Set([...document.querySelectorAll('form[data-star-form] input[name=session]')].map(i => i.value))].slice(0, 20);
                const responses = await Promise.all(slugs.map((session) => fetch('/agenda/star', {
                    method: 'POST',
                    body: new URLSearchParams({ session, starred: 'true' }),
                    credentials: 'same-origin',
                    headers: { Accept: 'application/json' },
                })));
                return responses.map((r) => r.status);
            }
            """);

        // Assert
        Assert.Equal(Enumerable.Repeat(200, 20), statuses);
        var agendas = 0;
        await server.WithDatabaseAsync(async db => agendas = await db.Agendas.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, agendas);
        await device.Page.GotoAsync("/agenda");
        await Assertions.Expect(device.Page.Locator(".session-title")).ToHaveCountAsync(20);
        device.AssertNoErrors();
    }

    [Fact]
    public async Task AStarTheServerFailsSaysSoAndIsNotSentAgain()
    {
        // Arrange: the server answers the star with its error page.
        await using var server = await SummitServer.StartAsync();
        await using var device = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        device.ExpectedFailures.Add("/agenda/star");
        var posts = 0;
        await device.Page.RouteAsync("**/agenda/star", async route =>
        {
            Interlocked.Increment(ref posts);
            await route.FulfillAsync(new() { Status = 500, ContentType = "text/html", Body = "<!DOCTYPE html><h1>Something went wrong</h1>" });
        });
        var dialog = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        device.Page.Dialog += async (_, d) =>
        {
            dialog.TrySetResult(d.Message);
            await d.DismissAsync();
        };
        await device.Page.RunAndWaitForResponseAsync(() => device.Page.GotoAsync("/sessions/pki-future"), "**/agenda/state");

        // Act
        await device.Page.Locator(".star-button").ClickAsync();

        // Assert
        var message = await dialog.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        Assert.Contains("could not be changed (error 500)", message);
        await Assertions.Expect(device.Page.Locator(".star-button")).ToBeEnabledAsync();
        await Assertions.Expect(device.Page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.EndsWith("/sessions/pki-future", device.Page.Url);
        Assert.Equal(1, posts);
    }
}
