using System.Security.Claims;
using System.Text.RegularExpressions;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summit.Organizer.Team;

namespace Summit.Tests.Organizer;

public sealed partial class OrganizersPageTests : SummitBunitContext, IAsyncLifetime
{
    private const string Me = "ada@example.org";
    private const string Colleague = "grace@example.org";

    private TestDatabase _database = null!;
    private string _colleagueId = "";

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(seed: false);
        Services.AddDbContext<SummitDbContext>(_database.Configure);
        Services.AddLogging();
        Services.AddSingleton(TimeProvider.System);
        Services.AddIdentityCore<OrganizerUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<SummitDbContext>();
        Services.AddScoped<PasswordResetService>();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(Options.Create(new OrganizerSessionOptions()));
        Services.AddSingleton<OrganizerSessionStore>();
        Services.AddScoped<OrganizerAccess>();
        Services.AddScoped<OrganizerRemoval>();
        var authorization = AddAuthorization();

        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        await roles.CreateAsync(new IdentityRole(OrganizerRoles.Organizer));
        var myId = await CreateOrganizerAsync(scope.ServiceProvider, Me);
        _colleagueId = await CreateOrganizerAsync(scope.ServiceProvider, Colleague);
        var principal = await SignInRecords.SignInAsync(_database, Services.GetRequiredService<OrganizerSessionStore>(), myId);
        authorization.SetAuthorized(Me).SetRoles(OrganizerRoles.Organizer)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, myId), new Claim(SessionClaims.SessionId, SessionClaims.SessionIdOf(principal)!));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private static async Task<string> CreateOrganizerAsync(IServiceProvider services, string email)
    {
        var users = services.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Correct-horse-battery-1")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
        return user.Id;
    }

    [Fact]
    public void ResetLinksAreOfferedForOtherOrganizersOnly()
    {
        // Act
        var cut = Render<OrganizersPage>();

        // Assert
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("button[aria-label^='Create password reset link']")));
        Assert.NotNull(cut.Find($"button[aria-label='Create password reset link for {Colleague}']"));
    }

    [Fact]
    public async Task CreatingAResetLinkShowsAWorkingLinkToPassOn()
    {
        // Arrange
        var cut = Render<OrganizersPage>();
        cut.WaitForAssertion(() => cut.Find($"button[aria-label='Create password reset link for {Colleague}']"));

        // Act
        cut.Find($"button[aria-label='Create password reset link for {Colleague}']").Click();

        // Assert
        var code = "";
        cut.WaitForAssertion(() =>
        {
            var status = cut.Find("[role=status]").TextContent;
            Assert.Contains($"Pass this link to {Colleague} yourself", status, StringComparison.Ordinal);
            code = ResetLink().Match(status).Groups[1].Value;
            Assert.NotEmpty(code);
        });
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var resets = scope.ServiceProvider.GetRequiredService<PasswordResetService>();
        Assert.Equal(InvitationState.Valid, await resets.CheckAsync(code, Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RemovingAnotherOrganizerAsksFirstThenTakesThemOffTheList()
    {
        // Arrange
        var cut = Render<OrganizersPage>();
        cut.WaitForAssertion(() => cut.Find($"button[aria-label='Remove {Colleague}']"));

        // Act
        cut.Find($"button[aria-label='Remove {Colleague}']").Click();
        cut.WaitForAssertion(() => DialogButton(cut, "Remove").Click());

        // Assert
        cut.WaitForAssertion(() => Assert.Contains($"Removed {Colleague}. Their devices were signed out.", cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(Colleague, cut.Find("ul").TextContent, StringComparison.Ordinal);
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        Assert.False(await users.IsInRoleAsync((await users.FindByIdAsync(_colleagueId))!, OrganizerRoles.Organizer));
    }

    [Fact]
    public async Task TheLastOrganizerIsToldTheyCannotLeave()
    {
        // Arrange
        var removal = new OrganizerRemoval(new TestDbContextFactory(_database), TimeProvider.System, NullLogger<OrganizerRemoval>.Instance);
        Assert.Equal(RemovalResult.Removed, await removal.RemoveAsync(_colleagueId, Me, Xunit.TestContext.Current.CancellationToken));
        var cut = Render<OrganizersPage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Leave the organizers']"));

        // Act
        cut.Find("button[aria-label='Leave the organizers']").Click();
        cut.WaitForAssertion(() => DialogButton(cut, "Leave").Click());

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("You are the only organizer", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Contains(Me, cut.Find("ul").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeavingWhileOthersRemainSignsYouOut()
    {
        // Arrange
        var cut = Render<OrganizersPage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Leave the organizers']"));

        // Act
        cut.Find("button[aria-label='Leave the organizers']").Click();
        cut.WaitForAssertion(() => DialogButton(cut, "Leave").Click());

        // Assert
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        cut.WaitForAssertion(() => Assert.Equal(("/", true), (navigation.History.First().Uri, navigation.History.First().Options.ForceLoad)));
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var me = (await users.FindByEmailAsync(Me))!;
        Assert.False(await users.IsInRoleAsync(me, OrganizerRoles.Organizer));
        Assert.Empty(await Services.GetRequiredService<OrganizerSessionStore>().ListAsync(me.Id, Xunit.TestContext.Current.CancellationToken));
    }

    private static AngleSharp.Dom.IElement DialogButton(IRenderedComponent<OrganizersPage> cut, string text) =>
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text);

    [GeneratedRegex(@"/account/reset-password\?code=([A-Za-z0-9_-]{43})")]
    private static partial Regex ResetLink();
}
