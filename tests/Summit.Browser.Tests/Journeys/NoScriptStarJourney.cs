using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>Stars pressed with JavaScript off. Its own server: it changes agendas.</summary>
public sealed partial class NoScriptStarJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private Task<BrowserPage> OpenAsync(Viewport viewport) =>
        BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport, javaScript: false);

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task AStarSaysWhatHappenedCanBeUndoneAndLeadsBack(Viewport viewport)
    {
        // Arrange
        await using var session = await OpenAsync(viewport);
        var page = session.Page;
        await page.GotoAsync("/?track=keystone");

        // Act: star, undo, star again
        await page.Locator("#pki-future .star-button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Added “PKI Future” to your agenda.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Removed “PKI Future” from your agenda.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Added “PKI Future” to your agenda.");

        // Assert: the way back returns to the filtered schedule at the session, and the agenda holds it
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Go to my agenda" })).ToHaveAttributeAsync("href", "/agenda");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the schedule" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/\?track=keystone#pki-future$"));
        await Assertions.Expect(page.Locator("article.session-card")).ToHaveCountAsync(6);

        await page.GotoAsync("/agenda");
        await Assertions.Expect(page.Locator(".session-title")).ToHaveTextAsync(["PKI Future"]);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task AStarOnASessionPageLeadsBackToThatSession()
    {
        // Arrange
        await using var session = await OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/sessions/keystone-internals");

        // Act
        await page.Locator(".star-button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Added “Keystone Internals” to your agenda.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the session" }).ClickAsync();

        // Assert
        await page.WaitForURLAsync(new Regex("/sessions/keystone-internals#keystone-internals$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Keystone Internals");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheLandingPageHasNoSeriousAccessibilityProblems()
    {
        // Arrange: axe runs as a script, so this page has it; the landing page is the same either way
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        await session.Page.GotoAsync("/agenda/starred?session=pki-future&starred=true&return=%2F%3Ftrack%3Dkeystone%23pki-future");

        // Act
        var result = await session.Page.RunAxe();

        // Assert
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact}: {v.Id} ({v.Help})").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        session.AssertNoErrors();
    }
}
