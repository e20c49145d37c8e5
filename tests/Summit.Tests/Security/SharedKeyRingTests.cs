using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;

namespace Summit.Tests.Security;

/// <summary>
/// Two instances on one database, each as on its own machine and folder (see <see cref="AppInstance"/>), and one
/// browser sent to either, as by a load balancer: what one instance issues (a sign-in cookie, a form's token) the other
/// accepts, and so does an instance started again. Each test has its own database.
/// </summary>
public sealed class SharedKeyRingTests : IAsyncDisposable
{
    private const string Password = "correct horse battery";

    private readonly string _databasePath = TestDatabase.TempFile();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string UniqueEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    private static Dictionary<string, string> SignInForm(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = Password,
    };

    /// <summary>An instance that has started (and migrated the database, if it is the first).</summary>
    private AppInstance StartInstance()
    {
        var instance = new AppInstance(_databasePath);
        _ = instance.Server;
        return instance;
    }

    private static async Task<HttpStatusCode> OrganizerAreaStatusAsync(HttpClient client) =>
        (await client.GetAsync("/organizer", Ct)).StatusCode;

    [Fact]
    public async Task AnOrganizerSignedInThroughOneInstanceIsSignedInOnTheOther()
    {
        // Arrange
        await using var a = StartInstance();
        await using var b = StartInstance();
        var email = UniqueEmail("both");
        await a.CreateOrganizerAsync(email, Password);
        var browser = new SharedBrowser();
        var signIn = await FormPoster.SubmitAsync(a.Client(browser), "/account/login", SignInForm(email));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // Act
        var status = await OrganizerAreaStatusAsync(b.Client(browser));

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task AFormOpenedOnOneInstanceIsAcceptedByTheOther()
    {
        // Arrange
        await using var a = StartInstance();
        await using var b = StartInstance();
        var email = UniqueEmail("round-robin");
        await a.CreateOrganizerAsync(email, Password);
        var browser = new SharedBrowser();

        // Act: the sign-in form (and its antiforgery token) from A, posted to B
        var signIn = await FormPoster.SubmitAsync(a.Client(browser), "/account/login", SignInForm(email), postClient: b.Client(browser));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.EndsWith("/organizer", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvitationLinkIssuedByOneInstanceCreatesTheOrganizerThroughTheOther()
    {
        // Arrange
        await using var a = StartInstance();
        await using var b = StartInstance();
        var email = UniqueEmail("invited");
        string code;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync(email, "test", Ct);
        }

        var browser = new SharedBrowser();
        var form = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.Confirm"] = Password,
        };

        // Act: the link opened on A, the form posted to B
        var created = await FormPoster.SubmitAsync(a.Client(browser), $"/setup?code={code}", form, postClient: b.Client(browser));

        // Assert: B created and signed in the organizer, and A takes B's cookie
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith("/organizer", created.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await OrganizerAreaStatusAsync(a.Client(browser)));
    }

    [Fact]
    public async Task APasswordResetLinkIssuedByOneInstanceWorksThroughTheOther()
    {
        // Arrange
        await using var a = StartInstance();
        await using var b = StartInstance();
        var email = UniqueEmail("forgot");
        await a.CreateOrganizerAsync(email, "an old forgotten passphrase");
        string path;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>().FindByEmailAsync(email);
            var (code, error) = await scope.ServiceProvider.GetRequiredService<PasswordResetService>().IssueAsync(user!.Id, "issuer@example.org", Ct);
            Assert.Null(error);
            path = $"/account/reset-password?code={code}";
        }

        var browser = new SharedBrowser();
        var form = new Dictionary<string, string> { ["Input.Password"] = Password, ["Input.Confirm"] = Password };

        // Act: the link opened on A, the new password posted to B
        var reset = await FormPoster.SubmitAsync(a.Client(browser), path, form, postClient: b.Client(browser));

        // Assert
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains($"The password of {email} is changed.", WebUtility.HtmlDecode(await reset.Content.ReadAsStringAsync(Ct)));
        var signIn = await FormPoster.SubmitAsync(b.Client(new SharedBrowser()), "/account/login", SignInForm(email));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task AnInstanceStartedAgainOnTheSameDatabaseKeepsItsOrganizersSignedIn()
    {
        // Arrange: signed in on an instance whose machine keeps no keys of its own across a restart (no writable home)
        var browser = new SharedBrowser();
        var email = UniqueEmail("restart");
        await using (var before = StartInstance())
        {
            await before.CreateOrganizerAsync(email, Password);
            var signIn = await FormPoster.SubmitAsync(before.Client(browser), "/account/login", SignInForm(email));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, await OrganizerAreaStatusAsync(before.Client(browser)));
        }

        // Act
        await using var after = StartInstance();
        var status = await OrganizerAreaStatusAsync(after.Client(browser));

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
