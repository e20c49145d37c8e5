using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Browser.Tests.Journeys;

/// <summary>Every test edits the schedule, so each starts a server of its own: none sees another's edits, in any order.</summary>
public sealed class OrganizerJourney(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop, "LDAP and Active Directory integration", "ldap-and-active-directory-integration")]
    [InlineData(Viewport.Phone, "Keystone V3 api - draft and initial implementation", "keystone-v3-api-draft-and-initial-implementation")]
    public async Task OrganizerEditIsOnThePublicPageAndInTheFeedAtOnce(Viewport viewport, string original, string slug)
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "editor@example.org", viewport);
        var page = session.Page;
        await Organizers.OpenSessionAsync(page, original);

        // Act: rename, mark a tentative lead, add a subject
        var title = page.GetByLabel("Title", new() { Exact = true });
        await title.FillAsync($"{original}, revisited");
        await page.GetByLabel("Add a lead (pick or type a new name)").FillAsync("Dolph");
        var addLead = page.GetByRole(AriaRole.Button, new() { Name = "Add lead" });
        await Assertions.Expect(addLead).ToBeEnabledAsync();
        await addLead.ClickAsync();
        await page.GetByLabel("Tentative").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add subject" }).ClickAsync();
        await page.GetByLabel("Subject 1 title").FillAsync("Default schema");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. The public schedule and calendars show it now.")).ToBeVisibleAsync();

        // Assert: the public page and the feed
        await page.GotoAsync($"/sessions/{slug}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{original}, revisited" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dolph (tentative)")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".session-subject h3")).ToHaveTextAsync(["Default schema"]);
        var feed = await page.APIRequest.GetAsync($"/sessions/{slug}/calendar.ics");
        var e = Assert.Single(IcalCalendar.Load(await feed.TextAsync())!.Events);
        Assert.Equal(1, e.Sequence);
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop, "PKI Future", "pki-future")]
    [InlineData(Viewport.Phone, "multifactor auth support in keystone", "multifactor-auth-support-in-keystone")]
    public async Task SecondOrganizersSaveIsRefusedWithTheConflictShown(Viewport viewport, string original, string slug)
    {
        // Arrange: two organizers open the same session
        await using var server = await SummitServer.StartAsync();
        await using var ada = await Organizers.SignedInAsync(browser.Browser, server, "ada@example.org", viewport);
        await using var bob = await Organizers.SignedInAsync(browser.Browser, server, "bob@example.org", viewport);
        await Organizers.OpenSessionAsync(ada.Page, original);
        await Organizers.OpenSessionAsync(bob.Page, original);

        // Act
        await ada.Page.GetByLabel("Title", new() { Exact = true }).FillAsync($"{original}: where next");
        await ada.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(ada.Page.GetByText("Saved.", new() { Exact = false })).ToBeVisibleAsync();
        await bob.Page.GetByLabel("Title", new() { Exact = true }).FillAsync($"{original} roadmap");
        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        // Assert
        var alert = bob.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "after you opened it" });
        await Assertions.Expect(alert).ToContainTextAsync("ada@example.org saved this session");
        await Assertions.Expect(alert).ToContainTextAsync($"{original}: where next");
        await bob.Page.GotoAsync($"/sessions/{slug}");
        await Assertions.Expect(bob.Page.GetByRole(AriaRole.Heading, new() { Name = $"{original}: where next" })).ToBeVisibleAsync();
        ada.AssertNoErrors();
        bob.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop, "Keystone Internals", "keystone-internals", 8)]
    [InlineData(Viewport.Phone, "PKI Future", "pki-future", 7)]
    public async Task MovingASessionToAFreeSlotShowsOnTheSchedule(Viewport viewport, string title, string slug, int hour)
    {
        // Arrange: a free slot early on the first day
        await using var server = await SummitServer.StartAsync();
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "mover@example.org", viewport);
        var page = session.Page;
        await server.WithDatabaseAsync(async db =>
        {
            var day = db.Days.OrderBy(d => d.Date).First();
            db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(hour, 30), End = new TimeOnly(hour + 1, 10) });
            await db.SaveChangesAsync();
        });
        await Organizers.OpenSessionAsync(page, title);

        // Act
        await page.GetByLabel("Time slot (free ones in this room)").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex($"Mon 15 Oct {hour}:30am") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Time slot (free ones in this room)" })).ToHaveTextAsync(new Regex($"Mon 15 Oct {hour}:30am"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. The public schedule and calendars show it now.")).ToBeVisibleAsync();

        // Assert
        await page.GotoAsync("/?day=2012-10-15");
        await Assertions.Expect(page.Locator($"#{slug} .session-when")).ToContainTextAsync($"{hour}:30am – {hour + 1}:10am PDT");
        session.AssertNoErrors();
    }
}
