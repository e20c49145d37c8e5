using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>A fresh install: the setup link from the log creates the first organizer, who lands in the editor.</summary>
public sealed partial class FirstRunJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    [Fact]
    public async Task SetupLinkFromTheLogCreatesTheFirstOrganizerWhoCanEdit()
    {
        // Arrange: the link the app wrote to its log at start
        var link = server.LogLines.Select(l => SetupLink().Match(l)).First(m => m.Success).Groups[1].Value;
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        var page = session.Page;

        // Act
        await page.GotoAsync(link);
        await page.GetByLabel("Email").FillAsync("first@example.org");
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("first organizer password");
        await page.GetByLabel("Confirm password").FillAsync("first organizer password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account and sign in" }).ClickAsync();

        // Assert
        await page.WaitForURLAsync(new Regex("/organizer$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organizer dashboard" })).ToBeVisibleAsync();
        session.ExpectedFailures.Add("/setup");
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByText("This link has already been used.")).ToBeVisibleAsync();
        session.AssertNoErrors();
    }

    [Fact]
    public async Task SessionFormHasNoSeriousAccessibilityViolations()
    {
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "a11y@example.org");
        var page = session.Page;

        await Organizers.OpenSessionAsync(page, "Improving Quantum Firewalling");
        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(v => $"{v.Impact}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        if (Environment.GetEnvironmentVariable("SUMMIT_SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "organizer-editor.png") });
        }

        session.AssertNoErrors();
    }

    [GeneratedRegex(@"https?://[^/\s]+(/setup\?code=[A-Za-z0-9_-]+)")]
    private static partial Regex SetupLink();
}
