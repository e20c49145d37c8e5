using Summit.Organizer.Planner;

namespace Summit.Tests.Organizer.Planner;

public sealed class PlannerMergeTests : IAsyncLifetime
{
    private PlannerRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rig = await PlannerRig.CreateAsync();

    public ValueTask DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task MergingMakesTheSourceASubjectOfTheTargetAndFreesItsCell()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");
        await _rig.StarAsync("pki-future", 2);

        // Act
        var outcome = await _rig.Desk().MergeAsync(pki, keystone, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        Assert.StartsWith("Merged “PKI Future” into “Keystone Internals” as a subject.", outcome.Message, StringComparison.Ordinal);
        Assert.Null(await _rig.FindAsync(pki.Id));
        var target = await _rig.SessionAsync("keystone-internals");
        Assert.Equal((SessionKind.Split, 1), (target.Kind, target.Revision));
        Assert.Equal(["Keystone Internals", "PKI Future"], target.Subjects.OrderBy(s => s.Order).Select(s => s.Title));
        var thursday = (await _rig.Desk().LoadDayAsync(PlannerRig.Thursday, Ct))!;
        Assert.Equal(2, Assert.Single(thursday.Placed, c => c.Id == keystone.Id).Stars);
        Assert.Equal("Merged", Assert.Single(await _rig.HistoryAsync(keystone.Id)).Action);
    }

    [Fact]
    public async Task MergingIntoASessionSomeoneChangedMeanwhileIsRefused()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");
        await _rig.Desk().UnscheduleAsync(keystone, "grace@example.org", Ct);

        // Act
        var outcome = await _rig.Desk().MergeAsync(pki, keystone, "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.StartsWith("“Keystone Internals” was changed by grace@example.org", outcome.Message, StringComparison.Ordinal);
        Assert.NotNull(await _rig.FindAsync(pki.Id));
    }

    [Fact]
    public async Task MergingASessionIntoItselfIsRefused()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");

        // Act
        var outcome = await _rig.Desk().MergeAsync(pki, pki, "ada@example.org", Ct);

        // Assert
        Assert.Equal(PlannerOutcome.Refused("Choose another session to merge into."), outcome);
    }
}
