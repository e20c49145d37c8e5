using Microsoft.EntityFrameworkCore;
using Summit.Organizer.Accounts;

namespace Summit.Tests.Organizer.SignIns;

public sealed class OrganizerSessionStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset SignedInAt = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(seed: false);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task LastSeenIsWrittenOnlyAfterTheIntervalNotOnEveryRequest()
    {
        // Arrange
        var userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var principal = await SignInRecords.SignInAsync(_database, SignInRecords.Store(_database, new FixedTimeProvider(SignedInAt)), userId);
        var sessionId = SessionClaims.SessionIdOf(principal);

        // Act
        Assert.True(await SignInRecords.Store(_database, new FixedTimeProvider(SignedInAt.AddMinutes(4))).IsActiveAsync(principal, requireOrganizer: true, Ct));
        var afterFour = await LastSeenAsync(sessionId);
        Assert.True(await SignInRecords.Store(_database, new FixedTimeProvider(SignedInAt.AddMinutes(6))).IsActiveAsync(principal, requireOrganizer: true, Ct));
        var afterSix = await LastSeenAsync(sessionId);

        // Assert
        Assert.Equal(SignedInAt.UtcDateTime, afterFour);
        Assert.Equal(SignedInAt.AddMinutes(6).UtcDateTime, afterSix);
    }

    [Fact]
    public async Task ANewSecurityStampEndsEverySignInOfTheAccount()
    {
        // Arrange
        var store = SignInRecords.Store(_database, new FixedTimeProvider(SignedInAt));
        var userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var laptop = await SignInRecords.SignInAsync(_database, store, userId);
        var phone = await SignInRecords.SignInAsync(_database, store, userId);

        // Act: what a new password does to the account
        await using (var db = _database.CreateContext())
        {
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, "NEW"), Ct);
        }

        // Assert
        Assert.False(await store.IsActiveAsync(laptop, requireOrganizer: false, Ct));
        Assert.False(await store.IsActiveAsync(phone, requireOrganizer: false, Ct));
        Assert.Empty(await store.ListAsync(userId, Ct));
    }

    [Fact]
    public async Task DevicesListTheAccountsLiveSignInsWithTheirBrowser()
    {
        // Arrange
        var store = SignInRecords.Store(_database, new FixedTimeProvider(SignedInAt));
        var userId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var otherId = await SignInRecords.CreateAccountAsync(_database, "grace@example.org");
        await SignInRecords.SignInAsync(_database, store, userId, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0");
        var ended = await SignInRecords.SignInAsync(_database, store, userId);
        await SignInRecords.SignInAsync(_database, store, otherId);
        await store.EndAsync(SessionClaims.SessionIdOf(ended)!, Ct);

        // Act
        var devices = await store.ListAsync(userId, Ct);

        // Assert
        var device = Assert.Single(devices);
        Assert.Equal(("Firefox on Windows", "192.0.2.7", SignedInAt.UtcDateTime), (device.Device, device.Address, device.SignedInUtc));
    }

    [Fact]
    public async Task AnAccountWithoutTheRoleIsNoLongerAnOrganizerSignIn()
    {
        // Arrange
        var store = SignInRecords.Store(_database, new FixedTimeProvider(SignedInAt));
        var userId = await SignInRecords.CreateAccountAsync(_database, "attendee@example.org", organizer: false);
        var principal = await SignInRecords.SignInAsync(_database, store, userId);

        // Act
        var asAccount = await store.IsActiveAsync(principal, requireOrganizer: false, Ct);
        var asOrganizer = await store.IsActiveAsync(principal, requireOrganizer: true, Ct);

        // Assert
        Assert.True(asAccount);
        Assert.False(asOrganizer);
    }

    private async Task<DateTime> LastSeenAsync(string? sessionId)
    {
        await using var db = _database.CreateContext();
        return await db.OrganizerSessions.Where(s => s.Id == sessionId).Select(s => s.LastSeenUtc).SingleAsync(Ct);
    }
}
