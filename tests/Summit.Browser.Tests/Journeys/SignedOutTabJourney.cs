using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>An organizer signs out in one tab while another tab holds unsaved typing.</summary>
public sealed partial class SignedOutTabJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private const string Typed = "Typed before the other tab signed out";

    [Fact]
    public async Task SigningOutInAnotherTabStopsTheOpenPageSavingAndKeepsWhatWasTyped()
    {
        // Arrange
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "two-tabs@example.org");
        var page = session.Page;
        await page.GotoAsync("/organizer/event");
        await page.WaitForInteractiveAsync();
        await page.Locator("#event-name").FillAsync(Typed);
        var other = await session.Context.NewPageAsync();
        await other.GotoAsync("/organizer");
        // A click while the circuit replaces the prerendered page can be lost.
        await other.WaitForInteractiveAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await other.WaitForURLAsync(PublicSchedule());

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".signed-out-alert")).ToContainTextAsync("You were signed out.", new() { Timeout = Interactivity.TimeoutMilliseconds });
        await Assertions.Expect(page.Locator("#event-name")).ToHaveValueAsync(Typed);
        string? saved = null;
        await server.WithDatabaseAsync(async db => saved = (await db.Conferences.SingleAsync(TestContext.Current.CancellationToken)).Name);
        Assert.NotEqual(Typed, saved);
    }

    [GeneratedRegex("/$")]
    private static partial Regex PublicSchedule();
}
