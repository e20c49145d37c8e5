using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Testing;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// The venue's screens at a fixed moment of the seeded schedule (Tuesday 16 October 2012, 11:05am in San Diego), and
/// the agenda's QR code read back from the page as a phone's camera would. Its own server: it creates an agenda.
/// </summary>
public sealed class VenueJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private const string At = "?at=2012-10-16T11:05-07:00";
    private const string IPv6Session = "quantum: improving IPv6 support / pluggable IP allocation";
    private const string FollowingSession = "Framework and APIs for advanced service insertion";

    [Fact]
    public async Task AnOrganizerChecksNowAndOpensTheRoomsDoorDisplayAtAMomentOfTheEvent()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;

        // Act
        await page.GotoAsync("/now" + At);
        var room = page.Locator(".venue-room[data-room=windsor-bc]");
        await Assertions.Expect(room.Locator(".venue-current")).ToContainTextAsync(IPv6Session);
        await Assertions.Expect(room.Locator(".venue-following")).ToContainTextAsync(FollowingSession);
        await room.GetByRole(AriaRole.Link, new() { Name = "Windsor BC" }).ClickAsync();
        await page.WaitForURLAsync("**/rooms/windsor-bc?at=*");

        // Assert: the door shows the split session and the next, without the site's chrome
        await Assertions.Expect(page.Locator("h1.door-title")).ToHaveTextAsync(IPv6Session);
        await Assertions.Expect(page.Locator(".door-subjects li")).ToHaveTextAsync(["Make IP allocation algorithm pluggable", "Improving IPv6 support"]);
        await Assertions.Expect(page.Locator(".door-following")).ToContainTextAsync(FollowingSession);
        await Assertions.Expect(page.Locator(".summit-appbar")).ToHaveCountAsync(0);
        var code = await page.GetByRole(AriaRole.Img, new() { Name = "QR code of the page of" }).EvaluateAsync<string>("svg => svg.outerHTML");
        Assert.Equal(new Uri(server.BaseAddress, "sessions/quantum-improving-ipv6-support-pluggable-ip-allocation").AbsoluteUri, QrSvgDecoder.Decode(code));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheAgendasQrCodeOpensTheSameAgenda()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        var page = session.Page;
        await page.GotoAsync("/sessions/pki-future");
        await page.Locator(".star-button").ClickAsync();
        await Assertions.Expect(page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");

        // Act
        await page.GotoAsync("/agenda");
        var link = (await page.Locator("p.agenda-link").Last.InnerTextAsync()).Trim();
        var code = await page.GetByRole(AriaRole.Img, new() { Name = "QR code of your private agenda link" }).EvaluateAsync<string>("svg => svg.outerHTML");

        // Assert
        Assert.StartsWith(new Uri(server.BaseAddress, "agenda/").AbsoluteUri, link, StringComparison.Ordinal);
        Assert.Equal(link, QrSvgDecoder.Decode(code));
        session.AssertNoErrors();
    }
}
