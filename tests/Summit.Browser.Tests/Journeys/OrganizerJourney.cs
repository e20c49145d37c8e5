using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Organizer;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Browser.Tests.Journeys;

/// <summary>Its own server: it edits the schedule.</summary>
public sealed partial class OrganizerJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private const string Password = "organizer password";

    private async Task<BrowserPage> SignedInAsync(string email, Viewport viewport = Viewport.Desktop)
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                await users.AddToRoleAsync(user, OrganizerRoles.Organizer);
            }
        }

        var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        var page = session.Page;
        await page.GotoAsync("/organizer");
        await page.WaitForURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/organizer$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organizer dashboard" })).ToBeVisibleAsync();
        return session;
    }


    private static async Task OpenSessionAsync(IPage page, string title)
    {
        await page.GotoAsync("/organizer/sessions");
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Edit “{title}”" })).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);
    }

    [Fact]
    public async Task OrganizerEditIsOnThePublicPageAndInTheFeedAtOnce()
    {
        // Arrange
        await using var session = await SignedInAsync("editor@example.org");
        var page = session.Page;
        await OpenSessionAsync(page, "LDAP and Active Directory integration");

        // Act: rename, mark a tentative lead, add a subject
        var title = page.GetByLabel("Title", new() { Exact = true });
        await title.FillAsync("LDAP, Active Directory and you");
        await page.GetByLabel("Add a lead (pick or type a new name)").FillAsync("Dolph");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add lead" }).ClickAsync();
        await page.GetByLabel("Tentative").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add subject" }).ClickAsync();
        await page.GetByLabel("Subject 1 title").FillAsync("Default schema");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. The public schedule and calendars show it now.")).ToBeVisibleAsync();

        // Assert: the public page and the feed
        await page.GotoAsync("/sessions/ldap-and-active-directory-integration");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "LDAP, Active Directory and you" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dolph (tentative)")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".session-subject h3")).ToHaveTextAsync(["Default schema"]);
        var feed = await page.APIRequest.GetAsync("/sessions/ldap-and-active-directory-integration/calendar.ics");
        var e = Assert.Single(IcalCalendar.Load(await feed.TextAsync())!.Events);
        Assert.Equal(1, e.Sequence);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task SecondOrganizersSaveIsRefusedWithTheConflictShown()
    {
        // Arrange: two organizers open the same session
        await using var ada = await SignedInAsync("ada@example.org");
        await using var bob = await SignedInAsync("bob@example.org");
        await OpenSessionAsync(ada.Page, "PKI Future");
        await OpenSessionAsync(bob.Page, "PKI Future");

        // Act
        await ada.Page.GetByLabel("Title", new() { Exact = true }).FillAsync("PKI: where next");
        await ada.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(ada.Page.GetByText("Saved.", new() { Exact = false })).ToBeVisibleAsync();
        await bob.Page.GetByLabel("Title", new() { Exact = true }).FillAsync("PKI roadmap");
        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        // Assert
        var alert = bob.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "after you opened it" });
        await Assertions.Expect(alert).ToContainTextAsync("ada@example.org saved this session");
        await Assertions.Expect(alert).ToContainTextAsync("PKI: where next");
        await bob.Page.GotoAsync("/sessions/pki-future");
        await Assertions.Expect(bob.Page.GetByRole(AriaRole.Heading, new() { Name = "PKI: where next" })).ToBeVisibleAsync();
        ada.AssertNoErrors();
        bob.AssertNoErrors();
    }

    [Fact]
    public async Task MovingASessionToAFreeSlotShowsOnTheSchedule()
    {
        await using var session = await SignedInAsync("mover@example.org");
        var page = session.Page;
        await server.WithDatabaseAsync(async db =>
        {
            var day = db.Days.OrderBy(d => d.Date).First();
            db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(8, 30), End = new TimeOnly(9, 10) });
            await db.SaveChangesAsync();
        });
        await OpenSessionAsync(page, "Keystone Internals");

        await page.GetByLabel("Time slot (free ones in this room)").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("Mon 15 Oct 8:30am") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Time slot (free ones in this room)" })).ToHaveTextAsync(new Regex("Mon 15 Oct 8:30am"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. The public schedule and calendars show it now.")).ToBeVisibleAsync();

        await page.GotoAsync("/?day=2012-10-15");
        await Assertions.Expect(page.Locator("#keystone-internals .session-when")).ToContainTextAsync("8:30am – 9:10am PDT");
        session.AssertNoErrors();
    }
}
