using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;
using Summit.Web.Organizer.SignIn;

namespace Summit.Tests.Organizer;

/// <summary>
/// Sign-in over HTTP: throttled per client address and per account, never locking an organizer out, and telling
/// nobody which accounts exist. Every test uses its own accounts and client addresses.
/// </summary>
public sealed class SignInProtectionTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Where a redirect leads on this site, whether the Location is written relative or absolute.</summary>
    private static string? RedirectTarget(HttpResponseMessage response) =>
        response.Headers.Location is { } location && location.IsAbsoluteUri ? location.PathAndQuery : response.Headers.Location?.OriginalString;

    private static string UniqueEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    private Task CreateOrganizerAsync(string email) => CreateOrganizerAsync(factory.Services, email);

    private static async Task CreateOrganizerAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string page = "/account/login") =>
        FormPoster.SubmitAsync(client, page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private static int AttemptsPerAddress => new SignInThrottleOptions().AttemptsPerAddress;

    [Fact]
    public async Task StrangersWrongPasswordsFromAnotherAddressDoNotStopTheOrganizersSignIn()
    {
        // Arrange: more wrong passwords than the old lockout allowed, all from one stranger's address
        var email = UniqueEmail("organizer");
        await CreateOrganizerAsync(email);
        var stranger = factory.Browser();
        for (var i = 0; i < AttemptsPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(stranger, email, $"guess number {i}")).StatusCode);
        }

        // Act
        var response = await SignInAsync(factory.Browser(), email, Password);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organizer", RedirectTarget(response));
    }

    [Fact]
    public async Task TooManyAttemptsFromOneAddressGet429WithRetryAfterAndAReadableMessage()
    {
        // Arrange
        var client = factory.Browser();
        for (var i = 0; i < AttemptsPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, UniqueEmail("guess"), "some wrong password")).StatusCode);
        }

        // Act
        var response = await SignInAsync(client, UniqueEmail("guess"), "some wrong password");

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After gives a wait in seconds");
        Assert.Contains("Too many sign-in attempts from your network. Wait", await HtmlAsync(response));
    }

    [Fact]
    public async Task ThrottlingOneAddressLeavesOtherAddressesFree()
    {
        // Arrange
        var email = UniqueEmail("busy");
        await CreateOrganizerAsync(email);
        var noisy = factory.Browser();
        for (var i = 0; i <= AttemptsPerAddress; i++)
        {
            await SignInAsync(noisy, UniqueEmail("guess"), "some wrong password");
        }

        // Act
        var response = await SignInAsync(factory.Browser(), email, Password);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ManyStrangersAreStoppedButTheOrganizersOwnBrowserStillSignsIn()
    {
        // Arrange: the organizer signed in from this browser before
        var email = UniqueEmail("targeted");
        await CreateOrganizerAsync(email);
        var organizersBrowser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(organizersBrowser, email, Password)).StatusCode);

        // ...then strangers at many addresses guess, each within its own address's limit
        var failures = new SignInThrottleOptions().FailuresPerAccount;
        for (var i = 0; i < failures; i++)
        {
            await SignInAsync(factory.Browser(), email, $"guess number {i}");
        }

        // Act
        var newBrowser = await SignInAsync(factory.Browser(), email, Password);
        var ownBrowser = await SignInAsync(organizersBrowser, email, Password);

        // Assert: brute force on the account is stopped for browsers it does not know, not for the organizer's own
        Assert.Equal(HttpStatusCode.TooManyRequests, newBrowser.StatusCode);
        Assert.NotNull(newBrowser.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many failed sign-ins for this account", await HtmlAsync(newBrowser));
        Assert.Equal(HttpStatusCode.Redirect, ownBrowser.StatusCode);
    }

    [Fact]
    public async Task UnknownAndExistingAccountsGetTheSameAnswerAndNoLockedMessage()
    {
        // Arrange
        var existing = UniqueEmail("exists");
        await CreateOrganizerAsync(existing);
        var client = factory.Browser();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(client, existing, $"wrong password {i}");
        }

        // Act
        var forExisting = await SignInAsync(client, existing, "wrong password again");
        var forUnknown = await SignInAsync(factory.Browser(), UniqueEmail("nobody"), "wrong password again");

        // Assert
        Assert.Equal(forUnknown.StatusCode, forExisting.StatusCode);
        var existingHtml = await HtmlAsync(forExisting);
        var unknownHtml = await HtmlAsync(forUnknown);
        Assert.Contains("The email or password is not right.", existingHtml);
        Assert.Contains("The email or password is not right.", unknownHtml);
        Assert.DoesNotContain("locked", existingHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong password again", existingHtml);
    }

    [Fact]
    public async Task AnUnknownAddressCostsAPasswordHashCheckLikeARealAccount()
    {
        // Arrange
        var hasher = new CountingPasswordHasher();
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddScoped<IPasswordHasher<OrganizerUser>>(_ => hasher)));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Next());

        // Act
        var response = await SignInAsync(client, UniqueEmail("unknown"), "whatever they typed");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, hasher.Verifications);
    }

    [Fact]
    public async Task NonAsciiReturnUrlRedirectsToTheDashboardInsteadOfFailing()
    {
        // Arrange: a real Kestrel server, which refuses a Location header with non-ASCII characters (the test server does not)
        await using var app = new OrganizerAppFactory();
        app.UseKestrel(0);
        app.StartServer();
        var email = UniqueEmail("traveller");
        await CreateOrganizerAsync(app.Services, email);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        // A plain client: the factory's own follows redirects on a real server whatever its options say.
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new() })
        {
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)),
        };

        // Act
        var response = await SignInAsync(client, email, Password, "/account/login?ReturnUrl=%2Forganizer%2Fcaf%C3%A9");

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {System.Text.RegularExpressions.Regex.Match(await HtmlAsync(response), "role=\"alert\"[^>]*>(.{0,400})", System.Text.RegularExpressions.RegexOptions.Singleline).Value}");
        Assert.Equal("/organizer", RedirectTarget(response));
    }

    [Fact]
    public async Task LocalReturnUrlIsStillFollowed()
    {
        // Arrange
        var email = UniqueEmail("returning");
        await CreateOrganizerAsync(email);

        // Act
        var response = await SignInAsync(factory.Browser(), email, Password, "/account/login?ReturnUrl=%2Forganizer%2Fsessions");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organizer/sessions", RedirectTarget(response));
    }

    private sealed class CountingPasswordHasher : IPasswordHasher<OrganizerUser>
    {
        private readonly PasswordHasher<OrganizerUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(OrganizerUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(OrganizerUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
