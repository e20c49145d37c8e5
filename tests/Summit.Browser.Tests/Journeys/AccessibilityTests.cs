using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

public sealed class AccessibilityTests(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    [Theory]
    [InlineData("/", Viewport.Desktop)]
    [InlineData("/", Viewport.Phone)]
    [InlineData("/?track=keystone&q=pki", Viewport.Desktop)]
    [InlineData("/?room=nowhere&day=2012-13-45", Viewport.Phone)]
    [InlineData("/?track=keystone&day=2012-10-15", Viewport.Desktop)]
    [InlineData("/grid", Viewport.Desktop)]
    [InlineData("/grid?track=keystone&day=2012-10-18", Viewport.Phone)]
    [InlineData("/sessions/improving-quantum-firewalling", Viewport.Desktop)]
    [InlineData("/sessions/quantum-python-client-and-cli-improvements", Viewport.Phone)]
    [InlineData("/agenda", Viewport.Desktop)]
    [InlineData("/sessions/no-such-session", Viewport.Desktop)]
    public async Task PublicPagesHaveNoSeriousOrCriticalViolations(string path, Viewport viewport)
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        session.ExpectedFailures.Add("/sessions/no-such-session");
        if (path == "/agenda")
        {
            // An agenda with a session, so the page shows everything it can.
            await session.Page.GotoAsync("/sessions/pki-future");
            await session.Page.Locator(".star-button").ClickAsync();
            await Assertions.Expect(session.Page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");
        }

        // Act
        await session.Page.GotoAsync(path);
        var result = await session.Page.RunAxe();

        // Assert
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(Describe)));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task SkipLinkIsTheFirstStopAndMovesFocusToTheContent()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await Assertions.Expect(page.Locator(".skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        // The fragment navigation lands a moment after the key press: wait for it rather than read the address at once.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#main$"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task FilterAndStarAreReachableAndUsableByKeyboard()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/");

        // Tab from the search box to the facets' toggle and open it with the keyboard.
        await page.GetByLabel("Search sessions").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("SUMMARY", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        await page.Keyboard.PressAsync("Enter");

        // A box in a panel that is not open yet cannot take focus: wait for the panel, then for the focus, so the
        // key press reaches the box and not the panel's toggle.
        await Assertions.Expect(page.Locator("form[data-filter-bar] details")).ToHaveAttributeAsync("open", "");
        var keystone = page.GetByLabel("Keystone (6)");
        await keystone.FocusAsync();
        await Assertions.Expect(keystone).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("track=keystone"));
        await Assertions.Expect(page.Locator("a.filter-chip")).ToHaveCountAsync(1);
        Assert.Equal("facet-track-keystone", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        var star = page.Locator("#pki-future .star-button");
        await page.Locator("#pki-future .session-title a").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await star.EvaluateAsync<bool>("b => b === document.activeElement"), "Tab from a session's title does not reach its star.");
        var outline = await star.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(star).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.NotEqual("none", outline);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task HeadingsDescendInOrderAndLandmarksExist()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;

        foreach (var path in new[] { "/", "/grid", "/sessions/improving-quantum-firewalling", "/agenda" })
        {
            await page.GotoAsync(path);
            var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");

            Assert.Equal(1, levels[0]);
            Assert.Single(levels, l => l == 1);
            Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"{path}: h{pair.First} is followed by h{pair.Second}"));
            Assert.Equal(1, await page.Locator("main").CountAsync());
            Assert.Equal(1, await page.Locator("header, [role=banner]").CountAsync());
        }

        session.AssertNoErrors();
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact}: {violation.Id} ({violation.Help}) at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
