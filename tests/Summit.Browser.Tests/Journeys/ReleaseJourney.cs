using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Core.Releases;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// An event published when released: an organizer's edit stays in the working copy until released, then reaches the
/// changelog, the session's page and the agenda of an attendee who starred it. Its own server: it releases.
/// </summary>
public sealed class ReleaseJourney(BrowserFixture browser)
{
    [Fact]
    public async Task AReleasedRetitleReachesTheChangelogTheSessionPageAndAStarredAgenda()
    {
        // Arrange: an event published when released, and an attendee who starred PKI Future and looked at the agenda
        await using var server = await SummitServer.StartAsync();
        await server.WithDatabaseAsync(async db =>
        {
            var conference = await db.Conferences.SingleAsync();
            conference.PublishMode = PublishMode.WhenReleased;
            await db.SaveChangesAsync();
        });
        await using var attendee = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        await attendee.Page.GotoAsync("/sessions/pki-future");
        await attendee.Page.Locator(".star-button").ClickAsync();
        await Assertions.Expect(attendee.Page.Locator(".star-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await attendee.Page.GotoAsync("/agenda");
        await Assertions.Expect(attendee.Page.Locator(".session-title")).ToHaveTextAsync(["PKI Future"]);

        // Act 1: the organizer retitles the session; it is saved to the working copy only
        await using var organizer = await Organizers.SignedInAsync(browser.Browser, server, "releaser@example.org");
        await Organizers.OpenSessionAsync(organizer.Page, "PKI Future");
        await organizer.Page.GetByLabel("Title", new() { Exact = true }).FillAsync("PKI Future, revisited");
        await organizer.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(organizer.Page.GetByText("Saved to the working copy", new() { Exact = false })).ToBeVisibleAsync();
        await attendee.Page.GotoAsync("/sessions/pki-future");
        await Assertions.Expect(attendee.Page.GetByRole(AriaRole.Heading, new() { Name = "PKI Future", Exact = true })).ToBeVisibleAsync();

        // Act 2: the organizer looks at what will change and releases it
        await organizer.Page.GotoAsync("/organizer/releases");
        await organizer.Page.WaitForInteractiveAsync();
        await Assertions.Expect(organizer.Page.Locator("main")).ToContainTextAsync("Retitled from “PKI Future”");
        await Assertions.Expect(organizer.Page.Locator(".affected-agendas")).ToContainTextAsync("1 agenda");
        await organizer.Page.GetByLabel("Comment").FillAsync("Retitled after the design review");
        await organizer.Page.GetByRole(AriaRole.Button, new() { Name = "Release", Exact = true }).ClickAsync();
        await Assertions.Expect(organizer.Page.GetByText("Release 2 published")).ToBeVisibleAsync();

        // Assert: the changelog, the session page and the starred agenda all tell the attendee
        await attendee.Page.GotoAsync("/changelog");
        var release = attendee.Page.Locator("#release-2");
        await Assertions.Expect(release).ToContainTextAsync("Release 2");
        await Assertions.Expect(release).ToContainTextAsync("Retitled after the design review");
        await Assertions.Expect(release.GetByRole(AriaRole.Link, new() { Name = "PKI Future, revisited" })).ToBeVisibleAsync();
        await release.GetByRole(AriaRole.Link, new() { Name = "PKI Future, revisited" }).ClickAsync();
        await Assertions.Expect(attendee.Page.GetByRole(AriaRole.Heading, new() { Name = "PKI Future, revisited" })).ToBeVisibleAsync();
        await Assertions.Expect(attendee.Page.Locator(".session-latest-change")).ToContainTextAsync("Retitled from “PKI Future” in release 2");
        await attendee.Page.GotoAsync("/agenda");
        await Assertions.Expect(attendee.Page.Locator(".change-mark")).ToContainTextAsync("retitled");
        await attendee.Page.GetByRole(AriaRole.Button, new() { Name = "Mark as seen" }).ClickAsync();
        await Assertions.Expect(attendee.Page.Locator(".session-title")).ToHaveTextAsync(["PKI Future, revisited"]);
        await Assertions.Expect(attendee.Page.Locator(".change-mark")).ToHaveCountAsync(0);
        organizer.AssertNoErrors();
        attendee.AssertNoErrors();
    }
}
