using Summit.Organizer;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Data;
using Summit.Web.Organizer;

namespace Summit.Tests.Organizer;

public sealed partial class SetupTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string SetupPathFromLog()
    {
        _ = factory.Server;
        var match = factory.LogLines.Select(l => SetupLink().Match(l)).First(m => m.Success);
        return match.Groups[1].Value;
    }

    private static Dictionary<string, string> Account(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = "a long enough password",
        ["Input.Confirm"] = "a long enough password",
    };

    [Fact]
    public async Task SetupLinkCreatesTheFirstOrganizerOnceAndSignsThemIn()
    {
        // Arrange
        var path = SetupPathFromLog();
        var client = factory.Browser();
        Assert.Matches("^/setup\\?code=[A-Za-z0-9_-]{43}$", path);

        // Act
        var response = await FormPoster.SubmitAsync(client, path, Account("first@example.org"));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/organizer", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organizer", Ct)).StatusCode);

        var again = await factory.Browser().GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This link has already been used.", await again.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ExpiredInvitationSaysSo()
    {
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
            code = await invitations.IssueAsync("late@example.org", "test", Ct);
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            await db.Invitations.Where(i => i.Email == "late@example.org").ExecuteUpdateAsync(i => i.SetProperty(x => x.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1)), Ct);
        }

        var response = await factory.Browser().GetAsync($"/setup?code={code}", Ct);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This link has expired.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task InvitationWorksOnlyForTheInvitedAddress()
    {
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync("invited@example.org", "first@example.org", Ct);
        }

        var wrong = await FormPoster.SubmitAsync(factory.Browser(), $"/setup?code={code}", Account("someone-else@example.org"));
        Assert.Contains("This invitation is for invited@example.org.", await wrong.Content.ReadAsStringAsync(Ct));

        var right = await FormPoster.SubmitAsync(factory.Browser(), $"/setup?code={code}", Account("invited@example.org"));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        await using var check = factory.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync("invited@example.org"))!, OrganizerRoles.Organizer));
    }

    [Fact]
    public async Task InvitationForAnExistingAccountNeedsThatAccountsPassword()
    {
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
            await users.CreateAsync(new OrganizerUser { UserName = "member@example.org", Email = "member@example.org" }, "the members own password");
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync("member@example.org", "test", Ct);
        }

        var response = await FormPoster.SubmitAsync(factory.Browser(), $"/setup?code={code}", Account("member@example.org"));

        Assert.Contains("member@example.org already has an account: enter its password", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
        await using var check = factory.Services.CreateAsyncScope();
        var manager = check.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        Assert.False(await manager.IsInRoleAsync((await manager.FindByEmailAsync("member@example.org"))!, OrganizerRoles.Organizer));
    }

    [Fact]
    public async Task UnknownCodeIsRefused()
    {
        var response = await factory.Browser().GetAsync("/setup?code=made-up", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link is not valid.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task MismatchedPasswordsAreExplainedAndNothingIsCreated()
    {
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync("typo@example.org", "test", Ct);
        }

        var fields = Account("typo@example.org");
        fields["Input.Confirm"] = "something else entirely";
        var response = await FormPoster.SubmitAsync(factory.Browser(), $"/setup?code={code}", fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("The two passwords differ.", html);
        Assert.DoesNotContain("a long enough password", html);
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>().FindByEmailAsync("typo@example.org"));
    }

    [Fact]
    public async Task CommandLineAddsAnOrganizerWithThePasswordFromStandardInput()
    {
        var output = new StringWriter();

        var exit = await AddOrganizerCommand.RunAsync(factory.Services, ["add-organizer", "ops@example.org"], new StringReader("from standard input\n"), output);

        Assert.Equal(0, exit);
        Assert.Contains("ops@example.org is now an organizer.", output.ToString());
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = await users.FindByEmailAsync("ops@example.org");
        Assert.True(await users.IsInRoleAsync(user!, OrganizerRoles.Organizer));
        Assert.True(await users.CheckPasswordAsync(user!, "from standard input"));
    }

    [Fact]
    public async Task CommandLineRefusesAShortPassword()
    {
        var output = new StringWriter();

        var exit = await AddOrganizerCommand.RunAsync(factory.Services, ["add-organizer", "weak@example.org"], new StringReader("elevenchars\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains("Passwords must be at least 12 characters.", output.ToString());
    }

    [GeneratedRegex(@"(?:https?://[^/\s]*)?(/setup\?code=[A-Za-z0-9_-]+)")]
    private static partial Regex SetupLink();
}
