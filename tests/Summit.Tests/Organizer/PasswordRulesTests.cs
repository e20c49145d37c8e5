using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;
using Summit.Organizer.Accounts.Passwords;
using Summit.Web.Organizer;

namespace Summit.Tests.Organizer;

/// <summary>Twelve characters at least and nothing from the shipped common-password list, wherever a password is set.</summary>
public sealed class PasswordRulesTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private const string OldPassword = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string UniqueEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private async Task<OrganizerUser> CreateOrganizerAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, OldPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
        return user;
    }

    private async Task<bool> HasPasswordAsync(string email, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }

    private async Task<string> IssueResetCodeAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (code, error) = await scope.ServiceProvider.GetRequiredService<PasswordResetService>().IssueAsync(userId, "issuer@example.org", Ct);
        Assert.Null(error);
        return code!;
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("QwertyUIOP12")]
    [InlineData(" 123456789012 ")]
    public void TheShippedListHoldsCommonPasswordsOfTwelveCharactersIgnoringCase(string password)
    {
        var common = CommonPasswords.LoadEmbedded();

        Assert.True(common.Contains(password));
    }

    [Fact]
    public void TheShippedListLeavesUncommonPasswordsAlone()
    {
        var common = CommonPasswords.LoadEmbedded();

        Assert.False(common.Contains(OldPassword));
        Assert.True(common.Count > 200);
    }

    [Fact]
    public async Task CommandLineRefusesACommonPassword()
    {
        var output = new StringWriter();

        var exit = await AddOrganizerCommand.RunAsync(factory.Services, ["add-organizer", UniqueEmail("common")], new StringReader("Password1234\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains(CommonPasswordValidator.CommonMessage, output.ToString());
    }

    [Fact]
    public async Task CommandLineResetRefusesACommonPasswordAndKeepsTheOldOne()
    {
        // Arrange
        var email = UniqueEmail("reset");
        await CreateOrganizerAsync(email);
        var output = new StringWriter();

        // Act
        var exit = await ResetPasswordCommand.RunAsync(factory.Services, ["reset-password", email], new StringReader("qwertyuiop12\n"), output);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains(CommonPasswordValidator.CommonMessage, output.ToString());
        Assert.True(await HasPasswordAsync(email, OldPassword));
    }

    [Fact]
    public async Task ResetLinkRefusesACommonPasswordAndKeepsTheOldOne()
    {
        // Arrange
        var email = UniqueEmail("link");
        var user = await CreateOrganizerAsync(email);
        var code = await IssueResetCodeAsync(user.Id);

        // Act
        var response = await FormPoster.SubmitAsync(factory.Browser(), $"/account/reset-password?code={code}", new Dictionary<string, string>
        {
            ["Input.Password"] = "iloveyou1234",
            ["Input.Confirm"] = "iloveyou1234",
        });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(CommonPasswordValidator.CommonMessage, await HtmlAsync(response));
        Assert.True(await HasPasswordAsync(email, OldPassword));
    }

    [Fact]
    public async Task InvitationRefusesACommonPasswordAndCreatesNoAccount()
    {
        // Arrange
        var email = UniqueEmail("invited");
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync(email, "test", Ct);
        }

        // Act
        var response = await FormPoster.SubmitAsync(factory.Browser(), $"/setup?code={code}", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "administrator",
            ["Input.Confirm"] = "administrator",
        });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(CommonPasswordValidator.CommonMessage, await HtmlAsync(response));
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task InvitationRefusesAnElevenCharacterPassword()
    {
        // Arrange
        var email = UniqueEmail("brief");
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync(email, "test", Ct);
        }

        // Act
        var response = await FormPoster.SubmitAsync(factory.Browser(), $"/setup?code={code}", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "elevenchars",
            ["Input.Confirm"] = "elevenchars",
        });

        // Assert
        Assert.Contains("Use at least 12 characters.", await HtmlAsync(response));
    }
}
