using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summit.Organizer;
using Summit.Organizer.Accounts;
using Summit.Organizer.Devices;

namespace Summit.Tests.Organizer.SignIns;

public sealed class DevicesPageTests : SummitBunitContext, IAsyncLifetime
{
    private const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

    private TestDatabase _database = null!;
    private OrganizerSessionStore _store = null!;
    private string _userId = "";
    private string _phoneSession = "";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(seed: false);
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Options.Create(new OrganizerSessionOptions()));
        Services.AddSingleton(Options.Create(new IdentityOptions()));
        Services.AddSingleton<OrganizerSessionStore>();
        Services.AddScoped<OrganizerAccess>();
        var authorization = AddAuthorization();

        _store = Services.GetRequiredService<OrganizerSessionStore>();
        _userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var laptop = await SignInRecords.SignInAsync(_database, _store, _userId, Firefox);
        _phoneSession = SessionClaims.SessionIdOf(await SignInRecords.SignInAsync(_database, _store, _userId, Phone))!;
        authorization.SetAuthorized("ada@example.org").SetRoles(OrganizerRoles.Organizer)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, _userId), new Claim(SessionClaims.SessionId, SessionClaims.SessionIdOf(laptop)!));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    [Fact]
    public void TheListMarksThisDeviceAndOffersToSignOutTheOthers()
    {
        // Act
        var cut = Render<DevicesPage>();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        var current = cut.Find("tr[data-device=current]");
        Assert.Contains("Firefox on Windows", current.TextContent, StringComparison.Ordinal);
        Assert.Contains("This device", current.TextContent, StringComparison.Ordinal);
        Assert.Empty(current.QuerySelectorAll("button"));
        var other = cut.Find("tr[data-device=other]");
        Assert.Contains("Safari on iOS", other.TextContent, StringComparison.Ordinal);
        Assert.Contains("192.0.2.7", other.TextContent, StringComparison.Ordinal);
        Assert.NotNull(other.QuerySelector("button"));
    }

    [Fact]
    public async Task SigningOutAnotherDeviceEndsItsSignIn()
    {
        // Arrange
        var cut = Render<DevicesPage>();
        cut.WaitForAssertion(() => cut.Find("tr[data-device=other] button"));

        // Act
        cut.Find("tr[data-device=other] button").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Signed out Safari on iOS", cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll("tbody tr"));
        await using var db = _database.CreateContext();
        Assert.NotNull((await db.OrganizerSessions.SingleAsync(s => s.Id == _phoneSession, Ct)).RevokedUtc);
    }

    [Fact]
    public async Task SignOutEverywhereElseKeepsOnlyThisDevice()
    {
        // Arrange
        await SignInRecords.SignInAsync(_database, _store, _userId, Phone);
        var cut = Render<DevicesPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));

        // Act
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Sign out everywhere else").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Signed out 2 other devices.", cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        Assert.Single((await _store.ListAsync(_userId, Ct)));
        Assert.NotNull(cut.Find("tr[data-device=current]"));
    }
}
