using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summit.Organizer;
using Summit.Web.Organizer.SignIn;

namespace Summit.Tests.Organizer;

/// <summary>The sign-in limits, sign-in lifetimes and link lifetimes come from configuration. Each test starts an app of its own.</summary>
public sealed class SignInSettingsTests
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string UniqueEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        FormPoster.SubmitAsync(client, "/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task CreateOrganizerAsync(OrganizerAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
    }

    [Fact]
    public async Task OneAddressIsThrottledAfterTheConfiguredNumberOfAttempts()
    {
        // Arrange
        await using var app = new OrganizerAppFactory { Settings = { ["SignInThrottle:AttemptsPerAddress"] = "2" } };
        var email = UniqueEmail("organizer");
        await CreateOrganizerAsync(app, email);
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, email, "first wrong guess")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, email, "second wrong guess")).StatusCode);

        // Act
        var response = await SignInAsync(client, email, Password);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Too many sign-in attempts from your network.", await HtmlAsync(response));
    }

    [Fact]
    public async Task TheTrustedDeviceCookieLastsTheConfiguredLifetime()
    {
        // Arrange
        await using var app = new OrganizerAppFactory { Settings = { ["SignInThrottle:TrustedDeviceLifetime"] = "2.00:00:00" } };
        var email = UniqueEmail("organizer");
        await CreateOrganizerAsync(app, email);

        // Act
        var response = await SignInAsync(app.Browser(), email, Password);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var device = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(TrustedDevices.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("max-age=172800", device, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheAuthCookieLastsTheConfiguredSignInLifetime()
    {
        // Arrange
        await using var app = new OrganizerAppFactory { Settings = { ["OrganizerSessionOptions:SignInLifetime"] = "02:00:00" } };

        // Act
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        // Assert
        Assert.Equal(TimeSpan.FromHours(2), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
    }

    [Fact]
    public async Task ThePasswordPageStatesHowSoonOtherBrowsersAreSignedOut()
    {
        // Arrange
        await using var app = new OrganizerAppFactory { Settings = { ["OrganizerSessionOptions:SecurityStampInterval"] = "00:05:00" } };
        var client = await app.SignedInAsync(UniqueEmail("changer"), organizer: true);

        // Act
        var response = await FormPoster.SubmitAsync(client, "/organizer/account/password", new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["Input.Current"] = "correct horse battery",
            ["Input.New"] = "a brand new passphrase",
            ["Input.Confirm"] = "a brand new passphrase",
        });

        // Assert
        Assert.Contains("Other browsers signed in to your account are signed out within 5 minutes.", await HtmlAsync(response));
    }

    [Fact]
    public async Task AnInvitationLastsTheConfiguredLifetimeAndTheOrganizersPageSaysSo()
    {
        // Arrange
        await using var app = new OrganizerAppFactory { Settings = { ["OrganizerAccounts:InvitationLifetime"] = "3.00:00:00" } };
        var client = await app.SignedInAsync(UniqueEmail("inviter"), organizer: true);
        var invited = UniqueEmail("invited");

        // Act
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/organizer/organizers", Ct));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync(invited, "test", Ct);
        var invitation = scope.ServiceProvider.GetRequiredService<SummitDbContext>().Invitations.Single(i => i.Email == invited);

        // Assert
        Assert.Contains("Summit makes a one-time link, valid for 3 days,", html);
        Assert.Equal(TimeSpan.FromDays(3), invitation.ExpiresUtc - invitation.CreatedUtc);
    }
}
