using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;
using Summit.Organizer.Accounts;

namespace Summit.Tests.Organizer.SignIns;

/// <summary>Each test signs in its own account, so sign-outs and revocations touch nobody else's cookies.</summary>
public sealed class SignInCookieTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACopiedCookieIsRefusedOnceItsDeviceSignsOut()
    {
        // Arrange
        await CreateOrganizerAsync("copied@example.org");
        var (browser, cookie) = await SignInAsync("copied@example.org");
        var copy = WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/organizer", Ct)).StatusCode);

        // Act
        await SignOutAsync(browser);

        // Assert
        var response = await copy.GetAsync("/organizer", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutOneDeviceLeavesTheOthersSignedIn()
    {
        // Arrange
        await CreateOrganizerAsync("two-devices@example.org");
        var (laptop, _) = await SignInAsync("two-devices@example.org");
        var (phone, _) = await SignInAsync("two-devices@example.org");

        // Act
        await SignOutAsync(laptop);

        // Assert
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/organizer", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/organizer", Ct)).StatusCode);
    }

    [Fact]
    public async Task SigningOutAnotherDeviceEndsItsCookieAndKeepsThisOne()
    {
        // Arrange
        var userId = await CreateOrganizerAsync("revoker@example.org");
        var (laptop, _) = await SignInAsync("revoker@example.org");
        var store = factory.Services.GetRequiredService<OrganizerSessionStore>();
        var laptopSession = Assert.Single(await store.ListAsync(userId, Ct)).Id;
        var (phone, _) = await SignInAsync("revoker@example.org");
        var phoneSession = Assert.Single(await store.ListAsync(userId, Ct), d => d.Id != laptopSession).Id;

        // Act: the laptop signs the phone out, as the devices page does
        Assert.True(await store.RevokeAsync(userId, phoneSession, Ct));

        // Assert
        var refused = await phone.GetAsync("/organizer", Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/organizer", Ct)).StatusCode);
    }

    [Fact]
    public async Task EverySignInIsRecordedWithItsDevice()
    {
        // Arrange
        var userId = await CreateOrganizerAsync("recorded@example.org");

        // Act
        await SignInAsync("recorded@example.org");

        // Assert
        var device = Assert.Single(await factory.Services.GetRequiredService<OrganizerSessionStore>().ListAsync(userId, Ct));
        Assert.Equal("Unknown device", device.Device);
    }

    [Fact]
    public async Task OpenOrganizerPagesRevalidateTheirSignIn()
    {
        // Act
        await using var scope = factory.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();

        // Assert
        Assert.IsType<OrganizerAuthenticationStateProvider>(provider);
    }

    private async Task<string> CreateOrganizerAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
        return user.Id;
    }

    /// <summary>A browser of its own signed in as the account, and its auth cookie as a header someone could copy.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string email)
    {
        var browser = factory.Browser();
        var response = await FormPoster.SubmitAsync(browser, "/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("summit_auth=", StringComparison.Ordinal));
        return (browser, cookie.Split(';')[0]);
    }

    private HttpClient WithCookie(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task SignOutAsync(HttpClient browser)
    {
        var response = await FormPoster.SubmitAsync(browser, "/organizer", new Dictionary<string, string>(), postUrl: "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
