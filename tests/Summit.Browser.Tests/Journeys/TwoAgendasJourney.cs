using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// A laptop's private link opened on a phone that already holds its own agenda: two browser contexts are two
/// devices. Its own server: it changes agendas.
/// </summary>
public sealed class TwoAgendasJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private static ILocator Titles(IPage page) => page.Locator(".session-title");

    private static async Task StarAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/sessions/{slug}");
        await page.Locator(".star-button").ClickAsync();
        await Assertions.Expect(page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    /// <summary>A device whose agenda holds these sessions, and the agenda's private link.</summary>
    private async Task<(BrowserPage Device, string Link)> DeviceWithAgendaAsync(Viewport viewport, params string[] slugs)
    {
        var device = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        foreach (var slug in slugs)
        {
            await StarAsync(device.Page, slug);
        }

        await device.Page.GotoAsync("/agenda");
        var link = (await device.Page.Locator("p.agenda-link").Last.InnerTextAsync()).Trim();
        return (device, link);
    }

    [Theory]
    [InlineData("Keep mine", new[] { "Quantum API improvements" }, new[] { "Keystone Internals", "PKI Future" })]
    [InlineData("Switch to the linked agenda", new[] { "Keystone Internals", "PKI Future" }, new[] { "Keystone Internals", "PKI Future" })]
    [InlineData("Merge both", new[] { "Quantum API improvements", "Keystone Internals", "PKI Future" }, new[] { "Quantum API improvements", "Keystone Internals", "PKI Future" })]
    public async Task OpeningTheLaptopsLinkOnAPhoneWithItsOwnAgendaAsksWhichToKeep(string choice, string[] phoneHolds, string[] laptopHolds)
    {
        // Arrange
        var (laptop, link) = await DeviceWithAgendaAsync(Viewport.Desktop, "pki-future", "keystone-internals");
        await using var laptopDevice = laptop;
        var (phone, _) = await DeviceWithAgendaAsync(Viewport.Phone, "quantum-api-improvements");
        await using var phoneDevice = phone;

        // Act
        await phone.Page.GotoAsync(link);
        await Assertions.Expect(phone.Page.GetByText("This link opens an agenda with 2 sessions")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Page.GetByText("This browser holds another with 1 session")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("Quantum API improvements");
        var serious = (await phone.Page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact}: {v.Id} ({v.Help})").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = choice }).ClickAsync();

        // Assert
        await phone.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/agenda");
        await Assertions.Expect(Titles(phone.Page)).ToHaveTextAsync(phoneHolds);
        await laptop.Page.ReloadAsync();
        await Assertions.Expect(Titles(laptop.Page)).ToHaveTextAsync(laptopHolds);
        phone.AssertNoErrors();
        laptop.AssertNoErrors();
    }

    [Fact]
    public async Task APhoneWithoutAnAgendaOpensTheLinkStraightAway()
    {
        // Arrange
        var (laptop, link) = await DeviceWithAgendaAsync(Viewport.Desktop, "pki-future");
        await using var laptopDevice = laptop;
        await using var phone = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);

        // Act
        await phone.Page.GotoAsync(link);

        // Assert
        await phone.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/agenda");
        await Assertions.Expect(Titles(phone.Page)).ToHaveTextAsync(["PKI Future"]);
        phone.AssertNoErrors();
    }

    [Fact]
    public async Task ALinkClickedOnAnotherSiteAsksBeforeOpeningTheAgenda()
    {
        // Arrange: a page that is not Summit's (a blank page has no origin of its own) links to the laptop's agenda
        var (laptop, link) = await DeviceWithAgendaAsync(Viewport.Desktop, "pki-future");
        await using var laptopDevice = laptop;
        await using var phone = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        await phone.Page.SetContentAsync($"<a href=\"{link}\">My agenda</a>");

        // Act
        await phone.Page.GetByRole(AriaRole.Link, new() { Name = "My agenda" }).ClickAsync();
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Open this agenda on this browser?");
        await Assertions.Expect(phone.Page.GetByText("This link opens an agenda with 1 session")).ToBeVisibleAsync();
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Open it on this browser" }).ClickAsync();

        // Assert
        await phone.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/agenda");
        await Assertions.Expect(Titles(phone.Page)).ToHaveTextAsync(["PKI Future"]);
        phone.AssertNoErrors();
    }
}
