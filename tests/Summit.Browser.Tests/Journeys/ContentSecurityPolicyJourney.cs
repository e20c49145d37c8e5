using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// The schedule's scripts and the organizer area (Blazor's circuit over a same-origin WebSocket, MudBlazor) keep working
/// under the Content-Security-Policy, and the browser reports no violation on the way.
/// </summary>
public sealed partial class ContentSecurityPolicyJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    /// <summary>Every message Chromium logs about the policy: violations and a policy it could not read.</summary>
    private static List<string> WatchPolicyMessages(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase))
            {
                messages.Add(message.Text);
            }
        };
        return messages;
    }

    private static async Task AssertUnderThePolicyAsync(IResponse? response)
    {
        Assert.NotNull(response);
        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.NotNull(policy);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScheduleFiltersStarsAndOpensASessionWithNoPolicyViolation()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        var violations = WatchPolicyMessages(page);

        // Act
        var response = await page.GotoAsync("/");
        await page.GetByText("Filter by day, track, room, kind or lead").ClickAsync();
        await page.GetByLabel("Keystone (6)").CheckAsync();
        await page.WaitForInPlaceUrlAsync(KeystoneFilter());
        await Assertions.Expect(page.Locator("article.session-card")).ToHaveCountAsync(6);
        var star = page.Locator("#pki-future .star-button");
        await star.ClickAsync();
        await Assertions.Expect(star).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByRole(AriaRole.Link, new() { Name = "PKI Future", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PKI Future", Level = 1 })).ToBeVisibleAsync();

        // Assert
        await AssertUnderThePolicyAsync(response);
        Assert.Empty(violations);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheOrganizerAreaWorksWithNoPolicyViolation()
    {
        // Arrange
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "csp-organizer@example.org");
        var page = session.Page;
        var violations = WatchPolicyMessages(page);

        // Act: a page load, a MudBlazor select's popover, and the editor's live preview over the circuit
        var response = await page.GotoAsync("/organizer/event");
        await page.WaitForInteractiveAsync();
        await Organizers.OpenSessionAsync(page, "PKI Future");
        await page.GetByLabel("Track", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "No track" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.GetByLabel("Description (Markdown)").FillAsync("**Policy** check");
        await Assertions.Expect(page.Locator(".preview-pane strong")).ToHaveTextAsync("Policy");

        // Assert
        await AssertUnderThePolicyAsync(response);
        Assert.Empty(violations);
        session.AssertNoErrors();
    }

    [GeneratedRegex(@"\?track=keystone$")]
    private static partial Regex KeystoneFilter();
}
