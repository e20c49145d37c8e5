using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summit.Organizer.Accounts;
using Summit.Organizer.EventSettings;

namespace Summit.Tests.Organizer.SignIns;

/// <summary>An open page whose sign-in ended elsewhere: its next save is refused at once, and the page says so.</summary>
public sealed class SignedOutPageTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrganizerSessionStore _store = null!;
    private string _sessionId = "";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddLogging();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Options.Create(new OrganizerSessionOptions()));
        Services.AddSingleton(Options.Create(new IdentityOptions()));
        Services.AddSingleton<OrganizerSessionStore>();
        Services.AddScoped<OrganizerAccess>();
        Services.AddScoped<EventSettingsEditor>();
        Services.AddScoped<AuthenticationStateProvider, OrganizerAuthenticationStateProvider>();
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();

        _store = Services.GetRequiredService<OrganizerSessionStore>();
        var userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var principal = await SignInRecords.SignInAsync(_database, _store, userId);
        _sessionId = SessionClaims.SessionIdOf(principal)!;
        var circuit = (OrganizerAuthenticationStateProvider)Services.GetRequiredService<AuthenticationStateProvider>();
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ASaveWhileSignedInIsStored()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#event-name").Input("Grizzly Design Summit 2012");

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Saved.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".signed-out-alert"));
        await using var db = _database.CreateContext();
        Assert.Equal("Grizzly Design Summit 2012", (await db.Conferences.SingleAsync(Ct)).Name);
    }

    [Fact]
    public async Task ASaveAfterTheSignInWasRevokedIsRefusedKeepsTheTextAndSaysSignedOut()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#event-name").Input("Typed after the sign-out");
        await _store.EndAsync(_sessionId, Ct);

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("You were signed out.", cut.Find(".signed-out-alert").TextContent, StringComparison.Ordinal));
        Assert.Equal("Typed after the sign-out", cut.Find("#event-name").GetAttribute("value"));
        // The message comes in a render of its own, after the alert's.
        cut.WaitForAssertion(() => Assert.Contains(OrganizerAccess.SignedOutMessage, cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Saved.", cut.Markup, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal("OpenStack Summit Fall 2012", (await db.Conferences.SingleAsync(Ct)).Name);
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    private IRenderedComponent<EventSettingsPage> RenderLoaded()
    {
        var cut = Render<EventSettingsPage>();
        cut.WaitForElement("#event-name");
        return cut;
    }
}
