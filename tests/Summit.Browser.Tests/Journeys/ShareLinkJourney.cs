using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>A session page's share link: on a desktop without a share sheet it copies the session's address.</summary>
public sealed class ShareLinkJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    [Fact]
    public async Task WithoutAShareSheetTheLinkCopiesTheSessionsAddress()
    {
        // Arrange: a browser that allows the clipboard and has no share sheet, whatever this Chromium offers
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.AddInitScriptAsync("delete Navigator.prototype.share;");
        await page.GotoAsync("/sessions/closing-quantum-nova-gaps");

        // Act
        await page.GetByRole(AriaRole.Link, new() { Name = "Share this session" }).ClickAsync();

        // Assert: the page stays, says so, and the clipboard holds the permanent address
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link copied");
        Assert.EndsWith("/sessions/closing-quantum-nova-gaps", page.Url);
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(server.BaseAddress, "sessions/closing-quantum-nova-gaps").AbsoluteUri, copied);
        session.AssertNoErrors();
    }
}
