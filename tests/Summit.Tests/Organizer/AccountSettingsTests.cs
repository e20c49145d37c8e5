using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;
using Summit.Organizer.Accounts.Passwords;
using Summit.Web.Organizer;

namespace Summit.Tests.Organizer;

/// <summary>An organizer's own password and two-factor sign-in, over HTTP. Every test uses its own organizer.</summary>
public sealed class AccountSettingsTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private const string Password = "correct horse battery";
    private const string NewPassword = "a brand new passphrase";
    private const string PasswordPage = "/organizer/account/password";
    private const string TwoFactorPage = "/organizer/account/two-factor";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Where a redirect leads on this site, whether the Location is written relative or absolute.</summary>
    private static string? RedirectTarget(HttpResponseMessage response) =>
        response.Headers.Location is { } location && location.IsAbsoluteUri ? location.PathAndQuery : response.Headers.Location?.OriginalString;

    private static string UniqueEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await FormPoster.SubmitAsync(client, "/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private async Task<T> WithUsersAsync<T>(Func<UserManager<OrganizerUser>, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>());
    }

    private Task<string> StampAsync(string email) =>
        WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.SecurityStamp!);

    private Task<string> AuthenticatorKeyAsync(string email) =>
        WithUsersAsync(async users => (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!);

    private static Dictionary<string, string> ChangeForm(string current, string next, string? confirm = null) => new()
    {
        ["_handler"] = "change-password",
        ["Input.Current"] = current,
        ["Input.New"] = next,
        ["Input.Confirm"] = confirm ?? next,
    };

    /// <summary>Opens the two-factor page (which makes the key), turns two-factor on with a code from it, and returns the page that shows the recovery codes.</summary>
    private async Task<string> EnableTwoFactorAsync(HttpClient client, string email)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TwoFactorPage, Ct)).StatusCode);
        var code = Totp.Code(await AuthenticatorKeyAsync(email), DateTimeOffset.UtcNow);
        var response = await FormPoster.SubmitAsync(client, TwoFactorPage, new Dictionary<string, string>
        {
            ["_handler"] = "enable-two-factor",
            ["Enable.Code"] = code,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlAsync(response);
    }

    private static List<string> RecoveryCodes(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task ChangingThePasswordMakesTheNewOneWorkAndTheOldOneFail()
    {
        // Arrange
        var email = UniqueEmail("changer");
        var client = await factory.SignedInAsync(email, organizer: true);
        var stampBefore = await StampAsync(email);

        // Act
        var response = await FormPoster.SubmitAsync(client, PasswordPage, ChangeForm(Password, NewPassword));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your password is changed.", await HtmlAsync(response));
        Assert.NotEqual(stampBefore, await StampAsync(email));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("summit_auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(factory.Browser(), email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(factory.Browser(), email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task AWrongCurrentPasswordChangesNothing()
    {
        // Arrange
        var email = UniqueEmail("unsure");
        var client = await factory.SignedInAsync(email, organizer: true);

        // Act
        var response = await FormPoster.SubmitAsync(client, PasswordPage, ChangeForm("not my password", NewPassword));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The current password is not right.", await HtmlAsync(response));
        Assert.True(await WithUsersAsync(async users => await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, Password)));
    }

    [Theory]
    [InlineData("qwertyuiop12", CommonPasswordValidator.CommonMessage)]
    [InlineData("elevenchars", "Passwords must be at least 12 characters.")]
    public async Task ANewPasswordAgainstTheRulesIsRefusedWithTheReason(string next, string message)
    {
        // Arrange
        var email = UniqueEmail("weak");
        var client = await factory.SignedInAsync(email, organizer: true);

        // Act
        var response = await FormPoster.SubmitAsync(client, PasswordPage, ChangeForm(Password, next));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains(message, html);
        Assert.DoesNotContain(next, html.Replace(message, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTwoFactorPageShowsTheKeyAndTheAuthenticatorLink()
    {
        // Arrange
        var email = UniqueEmail("curious");
        var client = await factory.SignedInAsync(email, organizer: true);

        // Act
        var response = await client.GetAsync(TwoFactorPage, Ct);

        // Assert
        var html = await HtmlAsync(response);
        var key = await AuthenticatorKeyAsync(email);
        Assert.Contains(Summit.Organizer.AccountSettings.AuthenticatorKey.Format(key), html);
        Assert.Contains($"otpauth://totp/Summit:{Uri.EscapeDataString(email)}?secret={key}&issuer=Summit", html);
        Assert.Contains("<svg", html);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("summit_auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWrongCodeDoesNotTurnTwoFactorOn()
    {
        // Arrange
        var email = UniqueEmail("mistyped");
        var client = await factory.SignedInAsync(email, organizer: true);
        await client.GetAsync(TwoFactorPage, Ct);

        // Act
        var response = await FormPoster.SubmitAsync(client, TwoFactorPage, new Dictionary<string, string>
        {
            ["_handler"] = "enable-two-factor",
            ["Enable.Code"] = "000000" == Totp.Code(await AuthenticatorKeyAsync(email), DateTimeOffset.UtcNow) ? "111111" : "000000",
        });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That code is not right.", await HtmlAsync(response));
        Assert.False(await WithUsersAsync(async users => await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!)));
    }

    [Fact]
    public async Task WithTwoFactorOnSignInNeedsACodeFromTheAuthenticator()
    {
        // Arrange
        var email = UniqueEmail("careful");
        var html = await EnableTwoFactorAsync(await factory.SignedInAsync(email, organizer: true), email);
        Assert.Contains("Two-factor sign-in is on.", html);
        Assert.Equal(10, RecoveryCodes(html).Count);
        var client = factory.Browser();

        // Act
        var afterPassword = await SignInAsync(client, email, Password);
        var blocked = await client.GetAsync("/organizer", Ct);
        var afterCode = await FormPoster.SubmitAsync(client, "/account/two-factor", new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Code(await AuthenticatorKeyAsync(email), DateTimeOffset.UtcNow),
        });

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.Equal("/account/two-factor", RedirectTarget(afterPassword));
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.StartsWith("/account/login", blocked.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterCode.StatusCode);
        Assert.Equal("/organizer", RedirectTarget(afterCode));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer", Ct)).StatusCode);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        // Arrange
        var email = UniqueEmail("travelling");
        var recoveryCode = RecoveryCodes(await EnableTwoFactorAsync(await factory.SignedInAsync(email, organizer: true), email))[0];

        async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync()
        {
            var client = factory.Browser();
            Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, email, Password)).StatusCode);
            return await FormPoster.SubmitAsync(client, "/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = recoveryCode.ToLowerInvariant() });
        }

        // Act
        var first = await SignInWithRecoveryCodeAsync();
        var second = await SignInWithRecoveryCodeAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("That code is not right.", await HtmlAsync(second));
    }

    [Fact]
    public async Task TurningTwoFactorOffNeedsThePasswordAndThenSignInNeedsNoCode()
    {
        // Arrange
        var email = UniqueEmail("relaxed");
        var client = await factory.SignedInAsync(email, organizer: true);
        await EnableTwoFactorAsync(client, email);

        // Act
        var refused = await FormPoster.SubmitAsync(client, TwoFactorPage, new Dictionary<string, string> { ["_handler"] = "disable-two-factor", ["Disable.Password"] = "not my password" });
        var done = await FormPoster.SubmitAsync(client, TwoFactorPage, new Dictionary<string, string> { ["_handler"] = "disable-two-factor", ["Disable.Password"] = Password });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Two-factor sign-in is off.", await HtmlAsync(done));
        var signIn = await SignInAsync(factory.Browser(), email, Password);
        Assert.Equal("/organizer", RedirectTarget(signIn));
    }

    [Fact]
    public async Task NewRecoveryCodesReplaceTheOldOnes()
    {
        // Arrange
        var email = UniqueEmail("renewing");
        var client = await factory.SignedInAsync(email, organizer: true);
        var old = RecoveryCodes(await EnableTwoFactorAsync(client, email));

        // Act
        var response = await FormPoster.SubmitAsync(client, TwoFactorPage, new Dictionary<string, string> { ["_handler"] = "recovery-codes" });

        // Assert
        var fresh = RecoveryCodes(await HtmlAsync(response));
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(old));
        var signIn = factory.Browser();
        await SignInAsync(signIn, email, Password);
        var withOld = await FormPoster.SubmitAsync(signIn, "/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = old[0] });
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    [Fact]
    public async Task TheCommandLineResetTurnsTwoFactorOffForSomeoneWhoLostTheirApp()
    {
        // Arrange
        var email = UniqueEmail("lost-phone");
        await EnableTwoFactorAsync(await factory.SignedInAsync(email, organizer: true), email);
        var output = new StringWriter();

        // Act
        var exit = await ResetPasswordCommand.RunAsync(factory.Services, ["reset-password", email], new StringReader(NewPassword + "\n"), output);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("Two-factor sign-in is off.", output.ToString());
        var signIn = await SignInAsync(factory.Browser(), email, NewPassword);
        Assert.Equal("/organizer", RedirectTarget(signIn));
    }
}
