namespace Summit.Tests.Schedule;

public sealed class SessionAddressesTests
{
    private static ScheduledSession Session(int id, string slug) => new(
        id, Guid.NewGuid(), slug, slug, "", new DateOnly(2012, 10, 15), new TimeOnly(9, 0), new TimeOnly(9, 40),
        new NamedRef("room", "Room"), 0, null, SessionKind.Regular, SessionStatus.Confirmed, false, false, 0, DateTime.UnixEpoch, [], []);

    private static PublishedSchedule Schedule(IReadOnlyList<ScheduledSession> sessions, params FormerSlug[] formerSlugs) =>
        new(new EventInfo("Event", null, "Venue", "America/Los_Angeles", null, null, null),
            [new DateOnly(2012, 10, 15)], [new NamedRef("room", "Room")], [], [], sessions)
        { FormerSlugs = formerSlugs };

    [Fact]
    public void AFormerSlugLeadsToTheSessionsCurrentSlug()
    {
        // Arrange
        var addresses = new SessionAddresses(Schedule([Session(1, "keystone-v3")], new FormerSlug("keystone", "keystone-v3")));

        // Act
        var movedTo = addresses.MovedTo("Keystone");

        // Assert
        Assert.Equal("keystone-v3", movedTo);
        Assert.Null(addresses.Find("keystone"));
    }

    [Fact]
    public void ASessionThatHasTheSlugNowWinsOverTheOneThatHadItBefore()
    {
        // Arrange
        var addresses = new SessionAddresses(Schedule(
            [Session(1, "keystone-v3"), Session(2, "keystone")],
            new FormerSlug("keystone", "keystone-v3")));

        // Act
        var found = addresses.Find("keystone");

        // Assert
        Assert.Equal(2, found?.Id);
        Assert.Null(addresses.MovedTo("keystone"));
    }

    [Fact]
    public void ACurrentSlugAndAnUnknownOneAreNotMoved()
    {
        // Arrange
        var addresses = new SessionAddresses(Schedule([Session(1, "keystone")]));

        // Act
        var current = addresses.MovedTo("keystone");
        var unknown = addresses.MovedTo("nova");

        // Assert
        Assert.Null(current);
        Assert.Null(unknown);
        Assert.Equal(1, addresses.Find("KEYSTONE")?.Id);
    }
}
