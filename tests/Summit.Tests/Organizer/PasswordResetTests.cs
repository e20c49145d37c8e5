using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summit.Organizer;

namespace Summit.Tests.Organizer;

/// <summary>Reset links over HTTP. Every test makes its own organizers, so they share the app but no data.</summary>
public sealed partial class PasswordResetTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private const string OldPassword = "correct horse battery";
    private const string NewPassword = "a brand new passphrase";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string UniqueEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    private static Dictionary<string, string> NewPasswordForm(string password, string? confirm = null) => new()
    {
        ["Input.Password"] = password,
        ["Input.Confirm"] = confirm ?? password,
    };

    private async Task<string> CreateOrganizerAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, OldPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
        return user.Id;
    }

    private static PasswordResetService ResetterFor(AsyncServiceScope scope, TimeProvider clock) => new(
        scope.ServiceProvider.GetRequiredService<SummitDbContext>(),
        scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>(),
        clock,
        scope.ServiceProvider.GetRequiredService<IOptions<OrganizerAccountOptions>>(),
        NullLogger<PasswordResetService>.Instance);

    private async Task<string> IssueAsync(string userId, TimeProvider? clock = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var resets = clock is null ? scope.ServiceProvider.GetRequiredService<PasswordResetService>() : ResetterFor(scope, clock);
        var (code, error) = await resets.IssueAsync(userId, "issuer@example.org", Ct);
        Assert.Null(error);
        return $"/account/reset-password?code={code}";
    }

    private async Task<bool> SignsInAsync(string email, string password)
    {
        var response = await FormPoster.SubmitAsync(factory.Browser(), "/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    private async Task<bool> HasPasswordAsync(string email, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    [Fact]
    public async Task ResetLinkSetsANewPasswordAndTheOldOneNoLongerSignsIn()
    {
        // Arrange
        var email = UniqueEmail("forgot");
        var path = await IssueAsync(await CreateOrganizerAsync(email));

        // Act
        var response = await FormPoster.SubmitAsync(factory.Browser(), path, NewPasswordForm(NewPassword));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"The password of {email} is changed.", await HtmlAsync(response));
        Assert.False(await SignsInAsync(email, OldPassword));
        Assert.True(await SignsInAsync(email, NewPassword));
    }

    [Fact]
    public async Task UsedResetLinkIsRefusedAndChangesNothing()
    {
        // Arrange
        var email = UniqueEmail("twice");
        var path = await IssueAsync(await CreateOrganizerAsync(email));
        var client = factory.Browser();
        var page = await client.GetStringAsync(path, Ct);
        var first = await PostAsync(client, path, page, NewPasswordForm(NewPassword));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // Act: the same form posted again, then the link opened again
        var second = await PostAsync(client, path, page, NewPasswordForm("yet another passphrase"));
        var reopened = await factory.Browser().GetAsync(path, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Contains("This password reset link has already been used.", await HtmlAsync(second));
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("This password reset link has already been used.", await HtmlAsync(reopened));
        Assert.True(await HasPasswordAsync(email, NewPassword));
    }

    [Fact]
    public async Task ExpiredResetLinkIsRefusedAndChangesNothing()
    {
        // Arrange: made 25 hours ago
        var email = UniqueEmail("late");
        var path = await IssueAsync(await CreateOrganizerAsync(email), new FixedTimeProvider(DateTimeOffset.UtcNow.AddHours(-25)));

        var client = factory.Browser();
        var signInPage = await client.GetStringAsync("/account/login", Ct);

        // Act: opened, and posted with a valid antiforgery token as a form kept open too long would be
        var opened = await client.GetAsync(path, Ct);
        var posted = await PostAsync(client, path, signInPage, NewPasswordForm(NewPassword));

        // Assert
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Contains("This password reset link has expired.", await HtmlAsync(opened));
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Contains("This password reset link has expired.", await HtmlAsync(posted));
        Assert.True(await HasPasswordAsync(email, OldPassword));
    }

    [Fact]
    public async Task UnknownResetLinkIsRefused()
    {
        var response = await factory.Browser().GetAsync("/account/reset-password?code=made-up", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This password reset link is not valid", await HtmlAsync(response));
    }

    [Fact]
    public async Task ANewResetLinkReplacesTheUnusedOne()
    {
        // Arrange
        var email = UniqueEmail("again");
        var id = await CreateOrganizerAsync(email);
        var earlier = await IssueAsync(id);

        // Act
        var later = await IssueAsync(id);

        // Assert
        var response = await factory.Browser().GetAsync(earlier, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("a newer link replaced it", await HtmlAsync(response));
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().GetAsync(later, Ct)).StatusCode);
    }

    [Fact]
    public async Task TwoPostsSentTogetherWithOneLinkChangeThePasswordOnce()
    {
        // Arrange: both forms loaded before either is sent
        var email = UniqueEmail("race");
        var path = await IssueAsync(await CreateOrganizerAsync(email));
        var (one, two) = (factory.Browser(), factory.Browser());
        var (pageOne, pageTwo) = (await one.GetStringAsync(path, Ct), await two.GetStringAsync(path, Ct));

        // Act
        var responses = await Task.WhenAll(
            PostAsync(one, path, pageOne, NewPasswordForm("the first racer's passphrase")),
            PostAsync(two, path, pageTwo, NewPasswordForm("the second racer's passphrase")));

        // Assert
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Gone);
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? "the first racer's passphrase" : "the second racer's passphrase";
        Assert.True(await HasPasswordAsync(email, winner));
    }

    [Fact]
    public async Task OfTwoResetsThatBothFoundTheLinkUnusedOnlyOneChangesThePassword()
    {
        // Arrange: the first reset is held just before it claims the link (its second look at the clock)
        // until the second has checked the link and found it unused.
        var email = UniqueEmail("interleaved");
        var code = (await IssueAsync(await CreateOrganizerAsync(email))).Split("code=")[1];
        var secondChecked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstAtClaim = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstClock = new SteppedClock(call =>
        {
            if (call == 2)
            {
                firstAtClaim.SetResult();
                Assert.True(secondChecked.Task.Wait(TimeSpan.FromSeconds(30), Ct));
            }
        });
        var secondClock = new SteppedClock(call =>
        {
            if (call == 1)
            {
                secondChecked.SetResult();
            }
        });
        await using var firstScope = factory.Services.CreateAsyncScope();
        await using var secondScope = factory.Services.CreateAsyncScope();

        // Act
        var first = Task.Run(() => ResetterFor(firstScope, firstClock).ResetAsync(code, "the first racer's passphrase", Ct), Ct);
        await firstAtClaim.Task.WaitAsync(Ct);
        var second = await ResetterFor(secondScope, secondClock).ResetAsync(code, "the second racer's passphrase", Ct);

        // Assert: which one claims the link is the database's to decide (SQLite lets the first writer finish first,
        // PostgreSQL the first to update the row); exactly one wins, the other is told the link was used, and the
        // password is the winner's.
        var results = new[] { (Result: await first, Passphrase: "the first racer's passphrase"), (Result: second, Passphrase: "the second racer's passphrase") };
        var winner = Assert.Single(results, r => r.Result.User is not null);
        var loser = Assert.Single(results, r => r.Result.User is null);
        Assert.Equal(PasswordResetService.DescribeState(InvitationState.Used), Assert.Single(loser.Result.Errors));
        Assert.True(await HasPasswordAsync(email, winner.Passphrase));
        Assert.False(await HasPasswordAsync(email, loser.Passphrase));
    }

    [Fact]
    public async Task DifferingPasswordsAreExplainedAndChangeNothing()
    {
        // Arrange
        var email = UniqueEmail("typo");
        var path = await IssueAsync(await CreateOrganizerAsync(email));

        // Act
        var response = await FormPoster.SubmitAsync(factory.Browser(), path, NewPasswordForm(NewPassword, "a different passphrase"));

        // Assert
        var html = await HtmlAsync(response);
        Assert.Contains("The two passwords differ.", html);
        Assert.DoesNotContain(NewPassword, html);
        Assert.True(await HasPasswordAsync(email, OldPassword));
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().GetAsync(path, Ct)).StatusCode);
    }

    [Fact]
    public async Task ShortPasswordIsRefusedByTheAccountRulesAndTheLinkStillWorks()
    {
        // Arrange
        var email = UniqueEmail("short");
        var path = await IssueAsync(await CreateOrganizerAsync(email));

        // Act
        var response = await FormPoster.SubmitAsync(factory.Browser(), path, NewPasswordForm("elevenchars"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Passwords must be at least 12 characters.", await HtmlAsync(response));
        Assert.True(await HasPasswordAsync(email, OldPassword));
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().GetAsync(path, Ct)).StatusCode);
    }

    [Fact]
    public async Task ResetEndsTheAccountsOtherSessions()
    {
        // Arrange: cookies checked against the security stamp on every request
        await using var strict = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero)));
        var email = UniqueEmail("session");
        var path = await IssueAsync(await CreateOrganizerAsync(email));
        var session = strict.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await FormPoster.SubmitAsync(session, "/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = OldPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/organizer", Ct)).StatusCode);

        // Act
        var reset = await FormPoster.SubmitAsync(factory.Browser(), path, NewPasswordForm(NewPassword));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        // Assert
        var after = await session.GetAsync("/organizer", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Posts a form already loaded, so that tests can send two at the same moment.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string page, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            ["_handler"] = "reset-password",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        return await client.SendAsync(request, Ct);
    }

    /// <summary>The system clock, calling back on each reading with its number, so a test can pause a service at one step.</summary>
    private sealed class SteppedClock(Action<int> onReading) : TimeProvider
    {
        private int _readings;

        public override DateTimeOffset GetUtcNow()
        {
            onReading(Interlocked.Increment(ref _readings));
            return base.GetUtcNow();
        }
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]+)" """)]
    private static partial Regex Token();
}
