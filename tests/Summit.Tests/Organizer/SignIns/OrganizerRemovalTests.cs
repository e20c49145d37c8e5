using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Summit.Organizer;
using Summit.Organizer.Accounts;
using Summit.Organizer.Team;

namespace Summit.Tests.Organizer.SignIns;

public sealed class OrganizerRemovalTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(seed: false);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private OrganizerRemoval Removal() => new(new TestDbContextFactory(_database), new FixedTimeProvider(Now), NullLogger<OrganizerRemoval>.Instance);

    [Fact]
    public async Task RemovingAnOrganizerTakesTheRoleAndSignsOutTheirDevices()
    {
        // Arrange
        var store = SignInRecords.Store(_database, new FixedTimeProvider(Now));
        await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var graceId = await SignInRecords.CreateAccountAsync(_database, "grace@example.org");
        var graceLaptop = await SignInRecords.SignInAsync(_database, store, graceId);

        // Act
        var result = await Removal().RemoveAsync(graceId, "ada@example.org", Ct);

        // Assert
        Assert.Equal(RemovalResult.Removed, result);
        Assert.Equal("ada@example.org", Assert.Single(await OrganizerEmailsAsync()));
        Assert.False(await store.IsActiveAsync(graceLaptop, requireOrganizer: false, Ct));
        await using var db = _database.CreateContext();
        Assert.All(await db.OrganizerSessions.Where(s => s.UserId == graceId).ToListAsync(Ct), s => Assert.NotNull(s.RevokedUtc));
    }

    [Fact]
    public async Task TheLastOrganizerIsNotRemoved()
    {
        // Arrange
        var adaId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var store = SignInRecords.Store(_database, new FixedTimeProvider(Now));
        var laptop = await SignInRecords.SignInAsync(_database, store, adaId);

        // Act
        var result = await Removal().RemoveAsync(adaId, "ada@example.org", Ct);

        // Assert
        Assert.Equal(RemovalResult.LastOrganizer, result);
        Assert.Equal("ada@example.org", Assert.Single(await OrganizerEmailsAsync()));
        Assert.True(await store.IsActiveAsync(laptop, requireOrganizer: true, Ct));
        Assert.Contains("You are the only organizer", OrganizerRemoval.Describe(result, "ada@example.org", yourself: true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoOrganizersRemovingEachOtherAtOnceLeaveOneOrganizer()
    {
        // Arrange
        var adaId = await SignInRecords.CreateAccountAsync(_database, "ada@example.org");
        var graceId = await SignInRecords.CreateAccountAsync(_database, "grace@example.org");

        // Act
        var results = await Task.WhenAll(
            Task.Run(() => Removal().RemoveAsync(graceId, "ada@example.org", Ct), Ct),
            Task.Run(() => Removal().RemoveAsync(adaId, "grace@example.org", Ct), Ct));

        // Assert
        Assert.Equal([RemovalResult.Removed, RemovalResult.LastOrganizer], results.Order());
        Assert.Single(await OrganizerEmailsAsync());
    }

    private async Task<List<string?>> OrganizerEmailsAsync()
    {
        await using var db = _database.CreateContext();
        var role = OrganizerRoles.Organizer.ToUpperInvariant();
        return await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)))
            .Select(u => u.Email)
            .ToListAsync(Ct);
    }
}
