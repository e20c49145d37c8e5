using Summit.Core.Releases;

namespace Summit.Tests.Releases;

public sealed class ScheduleDiffPeopleTests
{
    private static SessionChange OnlyChange(ScheduledSession was, ScheduledSession now) =>
        Assert.Single(ScheduleDiff.Compare(Release.Of(was), Release.Of(now)));

    [Fact]
    public void LeadsAddedAndRemovedAreNamed()
    {
        // Arrange
        var was = new SessionBuilder().LedBy("Bob Smith").LedBy("Cy Young").Build();
        var now = new SessionBuilder().LedBy("Cy Young").LedBy("Ann Lee").Build() with { Uid = was.Uid };

        // Act
        var change = OnlyChange(was, now);

        // Assert
        Assert.Equal(SessionChangeKind.LeadsChanged, change.Kinds);
        Assert.Equal(
            [new LeadChange("ann lee", "Ann Lee", LeadChangeKind.Added), new LeadChange("bob smith", "Bob Smith", LeadChangeKind.Removed)],
            change.Leads);
    }

    [Fact]
    public void LeadsBecomingTentativeOrConfirmedAreNamed()
    {
        // Arrange
        var was = new SessionBuilder().LedBy("Ann Lee").LedBy("Bob Smith", tentative: true).Build();
        var now = new SessionBuilder().LedBy("Ann Lee", tentative: true).LedBy("Bob Smith").Build() with { Uid = was.Uid };

        // Act
        var change = OnlyChange(was, now);

        // Assert
        Assert.Equal(
            [new LeadChange("ann lee", "Ann Lee", LeadChangeKind.BecameTentative), new LeadChange("bob smith", "Bob Smith", LeadChangeKind.BecameConfirmed)],
            change.Leads);
    }

    [Fact]
    public void LeadsInAnotherOrderAreNoChange()
    {
        // Arrange
        var was = new SessionBuilder().LedBy("Ann Lee").LedBy("Bob Smith").Build();
        var now = new SessionBuilder().LedBy("Bob Smith").LedBy("Ann Lee").Build() with { Uid = was.Uid };

        // Act
        var changes = ScheduleDiff.Compare(Release.Of(was), Release.Of(now));

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void SubjectsAddedRemovedAndRewordedAreNamed()
    {
        // Arrange
        var was = new SessionBuilder().WithSubject("Fans", "Loud").WithSubject("Racks", "Hot").Build();
        var now = new SessionBuilder().WithSubject("Racks", "Very hot").WithSubject("Pumps", "Wet").Build() with { Uid = was.Uid };

        // Act
        var change = OnlyChange(was, now);

        // Assert
        Assert.Equal(SessionChangeKind.SubjectsChanged, change.Kinds);
        Assert.Equal(
            [
                new SubjectChange("Racks", SubjectChangeKind.Updated),
                new SubjectChange("Pumps", SubjectChangeKind.Added),
                new SubjectChange("Fans", SubjectChangeKind.Removed),
            ],
            change.Subjects);
    }

    [Fact]
    public void SubjectsInAnotherOrderAreNoChange()
    {
        // Arrange
        var was = new SessionBuilder().WithSubject("Fans", "Loud").WithSubject("Racks", "Hot").Build();
        var now = new SessionBuilder().WithSubject("Racks", "Hot").WithSubject("Fans", "Loud").Build() with { Uid = was.Uid };

        // Act
        var changes = ScheduleDiff.Compare(Release.Of(was), Release.Of(now));

        // Assert
        Assert.Empty(changes);
    }
}
