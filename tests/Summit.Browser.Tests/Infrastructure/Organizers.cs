using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Summit.Organizer;

namespace Summit.Browser.Tests.Infrastructure;

/// <summary>Organizer accounts and signed-in browser pages for the organizer journeys.</summary>
public static partial class Organizers
{
    public const string Password = "organizer password";

    /// <summary>Creates the organizer unless the server already has them.</summary>
    public static async Task CreateAsync(SummitServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, OrganizerRoles.Organizer);
    }

    /// <summary>A new browser page signed in as that organizer (created if needed), on the dashboard and interactive.</summary>
    public static async Task<BrowserPage> SignedInAsync(IBrowser browser, SummitServer server, string email, Viewport viewport = Viewport.Desktop)
    {
        await CreateAsync(server, email);
        var session = await BrowserPage.OpenAsync(browser, server.BaseAddress, viewport);
        var page = session.Page;
        await page.GotoAsync("/organizer");
        await page.WaitForURLAsync(LoginPage());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(Dashboard());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organizer dashboard" }))
            .ToBeVisibleAsync(new() { Timeout = Interactivity.TimeoutMilliseconds });
        await page.WaitForInteractiveAsync();
        return session;
    }

    /// <summary>Opens a session's editor from the sessions list, as an organizer does, and waits until it responds.</summary>
    public static async Task OpenSessionAsync(IPage page, string title)
    {
        await page.GotoAsync("/organizer/sessions");
        // A click while the circuit replaces the prerendered list can be lost.
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Edit “{title}”" }))
            .ToBeVisibleAsync(new() { Timeout = Interactivity.TimeoutMilliseconds });
        await page.WaitForInteractiveAsync();
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPage();

    [GeneratedRegex("/organizer$")]
    private static partial Regex Dashboard();
}
