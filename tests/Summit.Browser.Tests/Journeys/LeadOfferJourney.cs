using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Organizer.Sessions;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// An attendee offers to lead a session that wants a lead, without script; an organizer accepts on the dashboard; the
/// session's public page names the new tentative lead. Its own server: it changes a session.
/// </summary>
public sealed class LeadOfferJourney(BrowserFixture browser)
{
    private const string Slug = "pki-future";

    private static async Task WantALeadAsync(SummitServer server)
    {
        // Through the editor, as an organizer would: the save is published like any other.
        await using var scope = server.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<SummitDbContext>().Sessions.Where(s => s.Slug == Slug).Select(s => s.Id).SingleAsync();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(id, CancellationToken.None))!;
        form.LeadWanted = true;
        Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, "setup@example.org", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task AnAcceptedOfferShowsItsSenderAsTentativeLeadOnTheSessionPage()
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        await WantALeadAsync(server);
        await using var attendee = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone, javaScript: false);
        var page = attendee.Page;

        // Act: the attendee offers, from the session's page
        await page.GotoAsync($"/sessions/{Slug}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Offer to lead this session" }).ClickAsync();
        await page.GetByLabel("Your name").FillAsync("Grace Hopper");
        await page.GetByLabel("Email").FillAsync("grace@example.org");
        await page.GetByLabel("A short note").FillAsync("I ran this at the last summit.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my offer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("will be in touch")).ToBeVisibleAsync();

        // Act: an organizer accepts it on the dashboard
        await using var organizer = await Organizers.SignedInAsync(browser.Browser, server, "offers@example.org");
        var offer = organizer.Page.Locator(".lead-offer", new() { HasText = "Grace Hopper" });
        await Assertions.Expect(offer).ToContainTextAsync("I ran this at the last summit.");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(organizer.Page.Locator(".lead-offer-message")).ToContainTextAsync("is now a tentative lead");

        // Assert: the public page (published at once, as the seeded event publishes every save) names the lead
        await page.GotoAsync($"/sessions/{Slug}");
        await Assertions.Expect(page.Locator(".session-facts")).ToContainTextAsync("Grace Hopper (tentative)");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Offer to lead this session" })).ToHaveCountAsync(0);
        attendee.AssertNoErrors();
        organizer.AssertNoErrors();
    }
}
