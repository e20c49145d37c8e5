using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Organizer;

namespace Summit.Browser.Tests.Journeys;

/// <summary>An organizer leaving a form with unsaved edits is asked first. Each journey has its own server: it edits.</summary>
public sealed partial class UnsavedEditsJourney(BrowserFixture browser)
{
    private const string Email = "leaver@example.org";
    private const string Password = "organizer password";

    /// <summary>How many times an edit is typed again while the page's circuit is still connecting.</summary>
    private const int Attempts = 10;

    [GeneratedRegex(@"/organizer/sessions/\d+$")]
    private static partial Regex SessionEditUrl();

    [GeneratedRegex("/organizer/structure$")]
    private static partial Regex StructureUrl();

    private async Task<BrowserPage> SignedInAsync(SummitServer server)
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
            var user = new OrganizerUser { UserName = Email, Email = Email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, OrganizerRoles.Organizer);
        }

        var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/account/login?ReturnUrl=%2Forganizer");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organizer dashboard" })).ToBeVisibleAsync();
        return session;
    }

    /// <summary>
    /// Types into an interactive field until the page says it holds unsaved changes: text typed before the page's circuit
    /// is connected reaches no one, and only the connected page can say so.
    /// </summary>
    private static async Task FillUntilUnsavedAsync(IPage page, ILocator field, string value)
    {
        var unsaved = page.GetByRole(AriaRole.Status).GetByText("Unsaved changes");
        for (var attempt = 1; ; attempt++)
        {
            await field.FillAsync(value);
            try
            {
                await Assertions.Expect(unsaved).ToBeVisibleAsync(new() { Timeout = 1_500 });
                return;
            }
            catch (PlaywrightException) when (attempt < Attempts)
            {
                // Not connected yet: type it again.
            }
        }
    }

    [Fact]
    public async Task LeavingAnEditedSessionAsksFirstStayKeepsTheEditAndLeaveGoes()
    {
        // Arrange
        await using var server = new SummitServer();
        await server.InitializeAsync();
        await using var session = await SignedInAsync(server);
        var page = session.Page;
        var id = 0;
        await server.WithDatabaseAsync(async db => id = await db.Sessions.Where(s => s.Slug == "pki-future").Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken));
        await page.GotoAsync($"/organizer/sessions/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit “PKI Future”" })).ToBeVisibleAsync();
        var title = page.GetByLabel("Title", new() { Exact = true });
        await FillUntilUnsavedAsync(page, title, "PKI: where next");
        var structureLink = page.Locator("nav a[href='/organizer/structure']");
        var dialog = page.GetByRole(AriaRole.Dialog);

        // Act: another organizer page, then Stay
        await structureLink.ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Leave without saving?");
        await Assertions.Expect(dialog).ToContainTextAsync("Your changes to “PKI Future” will be lost.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();

        // Assert: still here, the edit kept
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveURLAsync(SessionEditUrl());
        await Assertions.Expect(title).ToHaveValueAsync("PKI: where next");

        // Act: the same link, then Leave
        await structureLink.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Leave" }).ClickAsync();

        // Assert: on the other page
        await Assertions.Expect(page).ToHaveURLAsync(StructureUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Days, rooms, time slots and tracks" })).ToBeVisibleAsync();
        session.AssertNoErrors();
    }
}
