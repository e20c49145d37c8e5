using Summit.Core.Releases;
using Summit.Data.Releases;
using ReleaseOf = Summit.Tests.Releases.Release;

namespace Summit.Tests.Changelog;

public sealed class SessionHistoryTests
{
    private static readonly DateOnly Tuesday = new(2012, 10, 16);

    private static ScheduledSession Heat => new SessionBuilder().Titled("Heat management").At(Tuesday, new TimeOnly(11, 0), new TimeOnly(11, 40)).InRoom("kent-a", "Kent A").Build();

    private static StoredRelease Stored(int version, PublishedSchedule? before, PublishedSchedule after) =>
        new(new ReleaseInfo(version, null, "", new DateTime(2012, 10, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(version), "Ada"), ScheduleDiff.Compare(before, after), after.Sessions.Count);

    [Fact]
    public void ASessionsLatestChangeIsTheNewestReleaseThatChangedIt()
    {
        // Arrange
        var heat = Heat;
        var first = ReleaseOf.Of(heat);
        var moved = ReleaseOf.Of(heat with { Start = new TimeOnly(14, 40), End = new TimeOnly(15, 20) });
        var retitled = ReleaseOf.Of(moved.Sessions[0] with { Title = "Heat" });
        var releases = new[] { Stored(3, moved, retitled), Stored(2, first, moved), Stored(1, null, first) };

        // Act
        var history = new SessionHistory(releases, retitled);

        // Assert
        var latest = history.Latest(heat.Uid)!;
        Assert.Equal(3, latest.Release.Version);
        Assert.Equal("Retitled from “Heat management”", SessionChangeText.Sentence(latest.Change));
        Assert.Equal(heat.Slug, history.CurrentSlug(heat.Uid));
    }

    [Fact]
    public void ASessionNoReleaseChangedHasNoLatestChange()
    {
        var heat = Heat;
        var first = ReleaseOf.Of(heat);

        var history = new SessionHistory([Stored(2, first, first), Stored(1, null, first)], first);

        Assert.Null(history.Latest(heat.Uid));
    }

    [Fact]
    public void ARemovedSessionHasNoCurrentSlug()
    {
        var heat = Heat;
        var first = ReleaseOf.Of(heat);
        var empty = ReleaseOf.Of();

        var history = new SessionHistory([Stored(2, first, empty), Stored(1, null, first)], empty);

        Assert.Null(history.CurrentSlug(heat.Uid));
        Assert.True(history.Latest(heat.Uid)!.Change.Is(SessionChangeKind.Removed));
    }
}
