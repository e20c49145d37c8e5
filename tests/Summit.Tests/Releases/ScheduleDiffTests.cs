using Summit.Core.Releases;

namespace Summit.Tests.Releases;

public sealed class ScheduleDiffTests
{
    private static readonly DateOnly Tuesday = new(2012, 10, 16);
    private static readonly DateOnly Wednesday = new(2012, 10, 17);

    private static ScheduledSession Session(string title = "Heat management") =>
        new SessionBuilder().Titled(title).At(Tuesday, new TimeOnly(11, 0), new TimeOnly(11, 40)).InRoom("kent-a", "Kent A").Build();

    private static SessionChange OnlyChange(ScheduledSession was, ScheduledSession now) =>
        Assert.Single(ScheduleDiff.Compare(Release.Of(was), Release.Of(now)));

    [Fact]
    public void TheFirstReleaseHasNoChanges()
    {
        // Arrange
        var first = Release.Of(Session("One"), Session("Two"));

        // Act
        var changes = ScheduleDiff.Compare(null, first);

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void ANewRevisionWithNothingAttendeesReadChangedIsNoChange()
    {
        // Arrange
        var was = Session();
        var now = was with { Id = was.Id + 1, Revision = was.Revision + 3, LastModifiedUtc = was.LastModifiedUtc.AddDays(1) };

        // Act
        var changes = ScheduleDiff.Compare(Release.Of(was), Release.Of(now));

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void ASessionOnlyInTheNewerReleaseIsNew()
    {
        // Arrange
        var kept = Session("Kept");
        var added = Session("Added");

        // Act
        var change = Assert.Single(ScheduleDiff.Compare(Release.Of(kept), Release.Of(kept, added)));

        // Assert
        Assert.Equal(SessionChangeKind.New, change.Kinds);
        Assert.Equal(added.Uid, change.Uid);
        Assert.Null(change.Was);
        Assert.Equal(new SessionPlace(Tuesday, new TimeOnly(11, 0), new TimeOnly(11, 40), added.Room), change.Now);
    }

    [Fact]
    public void ASessionGoneFromTheNewerReleaseIsRemovedWithItsOldSlugTitleAndPlace()
    {
        // Arrange
        var gone = Session("Gone");

        // Act
        var change = Assert.Single(ScheduleDiff.Compare(Release.Of(gone), Release.Of()));

        // Assert
        Assert.Equal(SessionChangeKind.Removed, change.Kinds);
        Assert.Equal(("gone", "Gone"), (change.Slug, change.Title));
        Assert.Equal(SessionPlace.Of(gone), change.Was);
        Assert.Null(change.Now);
        Assert.Null(change.MergedInto);
    }

    [Fact]
    public void ASessionMergedAwayNamesTheSessionItWentInto()
    {
        // Arrange
        var merged = Session("Merged");
        var target = Session("Target");
        var after = Release.Of(target) with
        {
            Removed = [new CancelledSession(merged, new DateTime(2012, 10, 14, 0, 0, 0, DateTimeKind.Utc), new NamedRef("target", "Target"), [])],
        };

        // Act
        var change = Assert.Single(ScheduleDiff.Compare(Release.Of(merged, target), after));

        // Assert
        Assert.Equal(SessionChangeKind.Removed, change.Kinds);
        Assert.Equal(new NamedRef("target", "Target"), change.MergedInto);
    }

    [Fact]
    public void ASessionWhoseStatusBecameCancelledIsCancelled()
    {
        // Arrange
        var was = Session();

        // Act
        var change = OnlyChange(was, was with { Status = SessionStatus.Cancelled });

        // Assert
        Assert.Equal(SessionChangeKind.Cancelled, change.Kinds);
    }

    [Fact]
    public void ACancelledSessionBackOnTheScheduleIsReinstated()
    {
        // Arrange
        var was = Session() with { Status = SessionStatus.Cancelled };

        // Act
        var change = OnlyChange(was, was with { Status = SessionStatus.Confirmed });

        // Assert
        Assert.Equal(SessionChangeKind.Reinstated, change.Kinds);
    }

    [Fact]
    public void ATentativeSessionBecomingConfirmedIsNoChange()
    {
        // Arrange
        var was = Session() with { Status = SessionStatus.Tentative };

        // Act
        var changes = ScheduleDiff.Compare(Release.Of(was), Release.Of(was with { Status = SessionStatus.Confirmed }));

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void ASessionAtAnotherDayAndTimeMovedWithBothPlaces()
    {
        // Arrange
        var was = Session();
        var now = was with { Day = Wednesday, Start = new TimeOnly(14, 40), End = new TimeOnly(15, 20) };

        // Act
        var change = OnlyChange(was, now);

        // Assert
        Assert.Equal(SessionChangeKind.Moved, change.Kinds);
        Assert.Equal(SessionPlace.Of(was), change.Was);
        Assert.Equal(SessionPlace.Of(now), change.Now);
        Assert.False(change.RoomChanged);
    }

    [Fact]
    public void ASessionInAnotherRoomMoved()
    {
        // Arrange
        var was = Session();

        // Act
        var change = OnlyChange(was, was with { Room = new NamedRef("windsor-bc", "Windsor BC") });

        // Assert
        Assert.Equal(SessionChangeKind.Moved, change.Kinds);
        Assert.True(change.RoomChanged);
    }

    [Fact]
    public void ASessionEndingLaterMoved()
    {
        // Arrange
        var was = Session();

        // Act
        var change = OnlyChange(was, was with { End = new TimeOnly(12, 0) });

        // Assert
        Assert.Equal(SessionChangeKind.Moved, change.Kinds);
        Assert.True(change.OnlyEndChanged);
    }

    [Fact]
    public void ASessionInARenamedRoomDidNotMove()
    {
        // Arrange
        var was = Session();
        var now = was with { Room = new NamedRef("kent-hall", "Kent Hall") };
        var after = Release.Of(now) with { FormerRoomSlugs = [new FormerSlug("kent-a", "kent-hall")] };

        // Act
        var changes = ScheduleDiff.Compare(Release.Of(was), after);

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void ASessionWithANewTitleIsRetitledWithItsOldTitleAndNewSlug()
    {
        // Arrange
        var was = Session("Heat management");
        var now = was with { Title = "Cooling at scale", Slug = "cooling-at-scale" };

        // Act
        var change = OnlyChange(was, now);

        // Assert
        Assert.Equal(SessionChangeKind.Retitled, change.Kinds);
        Assert.Equal("Heat management", change.OldTitle);
        Assert.Equal(("cooling-at-scale", "Cooling at scale"), (change.Slug, change.Title));
    }

    [Fact]
    public void ASessionWithANewDescriptionHasItsDescriptionChanged()
    {
        // Arrange
        var was = Session() with { Description = "Racks run hot." };

        // Act
        var change = OnlyChange(was, was with { Description = "Racks run hot, and fans are loud." });

        // Assert
        Assert.Equal(SessionChangeKind.DescriptionChanged, change.Kinds);
    }

    [Fact]
    public void ADescriptionSavedWithOtherLineEndingsIsNoChange()
    {
        // Arrange
        var was = Session() with { Description = "Racks run hot.\n\n- fans\n" };

        // Act
        var changes = ScheduleDiff.Compare(Release.Of(was), Release.Of(was with { Description = "Racks run hot.\r\n\r\n- fans" }));

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void SeveralChangesToOneSessionMakeOneChangeWithEveryKind()
    {
        // Arrange
        var was = Session("Heat management");
        var now = was with { Title = "Cooling", Day = Wednesday, Description = "New words", Status = SessionStatus.Cancelled };

        // Act
        var change = OnlyChange(was, now);

        // Assert
        Assert.Equal(
            SessionChangeKind.Moved | SessionChangeKind.Retitled | SessionChangeKind.DescriptionChanged | SessionChangeKind.Cancelled,
            change.Kinds);
        Assert.True(change.Is(SessionChangeKind.Moved | SessionChangeKind.Retitled));
    }

    [Fact]
    public void ChangesFollowTheNewerScheduleOrderWithRemovedSessionsLastInTheOlderOrder()
    {
        // Arrange
        var early = Session("Early");
        var late = new SessionBuilder().Titled("Late").At(Wednesday, new TimeOnly(9, 0), new TimeOnly(9, 40)).Build();
        var goneFirst = new SessionBuilder().Titled("Gone first").At(Tuesday, new TimeOnly(9, 0), new TimeOnly(9, 40)).Build();
        var goneLast = new SessionBuilder().Titled("Gone last").At(Wednesday, new TimeOnly(17, 0), new TimeOnly(17, 40)).Build();
        var added = new SessionBuilder().Titled("Added").At(Wednesday, new TimeOnly(10, 0), new TimeOnly(10, 40)).Build();
        var before = Release.Of(early, late, goneFirst, goneLast);

        // The early session moves after the late one, so the newer order differs from the older.
        var after = Release.Of(early with { Day = Wednesday, Start = new TimeOnly(16, 0) }, late with { Title = "Later" }, added);

        // Act
        var changes = ScheduleDiff.Compare(before, after);

        // Assert
        Assert.Equal(["Later", "Added", "Early", "Gone first", "Gone last"], changes.Select(c => c.Title));
    }

    [Fact]
    public void AnyTwoReleasesCompareAsTheirEndStates()
    {
        // Arrange: retitled in release 3 and back to its old title in release 4, moved in release 5.
        var release2 = Session("Heat");
        var release3 = release2 with { Title = "Cooling" };
        var release4 = release3 with { Title = "Heat" };
        var release5 = release4 with { Start = new TimeOnly(14, 40), End = new TimeOnly(15, 20) };

        // Act
        var change = Assert.Single(ScheduleDiff.Compare(Release.Of(release2), Release.Of(release5)));

        // Assert
        Assert.Equal(SessionChangeKind.Moved, change.Kinds);
    }

    [Fact]
    public void ComparingOnlySomeSessionsLeavesTheOthersOut()
    {
        // Arrange
        var starred = Session("Starred");
        var other = Session("Other");
        var gone = Session("Gone");
        var before = Release.Of(starred, other, gone);
        var after = Release.Of(starred with { Title = "Starred, retitled" }, other with { Title = "Other, retitled" });

        // Act
        var changes = ScheduleDiff.Compare(before, after, new HashSet<Guid> { starred.Uid, gone.Uid });

        // Assert
        Assert.Equal(["Starred, retitled", "Gone"], changes.Select(c => c.Title));
    }
}
