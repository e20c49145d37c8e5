using Summit.Core.Agenda;

namespace Summit.Tests.Releases;

public sealed class AgendaMarksTests
{
    private static readonly DateOnly Tuesday = new(2012, 10, 16);
    private static readonly DateOnly Wednesday = new(2012, 10, 17);

    private static ScheduledSession Session(string title) =>
        new SessionBuilder().Titled(title).At(Tuesday, new TimeOnly(11, 0), new TimeOnly(11, 40)).InRoom("kent-a", "Kent A").Build();

    private static ScheduledSession MovedToWednesday(ScheduledSession session) =>
        session with { Day = Wednesday, Start = new TimeOnly(14, 40), End = new TimeOnly(15, 20), Revision = session.Revision + 1 };

    [Fact]
    public void AStarredSessionMovedSinceTheSeenReleaseIsMarkedWithWhereItWent()
    {
        // Arrange
        var starred = Session("Heat management");
        var seen = Release.Of(starred);
        var current = Release.Of(MovedToWednesday(starred));

        // Act
        var marks = AgendaMarks.Since(seen, current, new HashSet<Guid> { starred.Uid });

        // Assert
        Assert.Equal("Changed since you last looked: moved to Wed 2:40pm", marks.Changed[starred.Uid]);
        Assert.Empty(marks.Removed);
    }

    [Fact]
    public void ASessionNotStarredIsNotMarked()
    {
        // Arrange
        var starred = Session("Starred");
        var other = Session("Other");

        // Act
        var marks = AgendaMarks.Since(Release.Of(starred, other), Release.Of(starred, MovedToWednesday(other)), new HashSet<Guid> { starred.Uid });

        // Assert
        Assert.False(marks.Any);
    }

    [Fact]
    public void AStarredSessionRemovedSinceIsListedAsRemoved()
    {
        // Arrange
        var starred = Session("Heat management");
        var kept = Session("Kept");

        // Act
        var marks = AgendaMarks.Since(Release.Of(starred, kept), Release.Of(kept), new HashSet<Guid> { starred.Uid });

        // Assert
        Assert.Empty(marks.Changed);
        Assert.Equal([new RemovedMark("Heat management", "Removed from the schedule")], marks.Removed);
    }

    [Fact]
    public void AStarredSessionMergedAwaySinceIsListedWithWhereItWent()
    {
        // Arrange
        var starred = Session("Heat management");
        var into = Session("Cooling");
        var current = Release.Of(into) with
        {
            Removed = [new CancelledSession(starred, DateTime.UtcNow, new NamedRef(into.Slug, into.Title), [7])],
        };

        // Act
        var marks = AgendaMarks.Since(Release.Of(starred, into), current, new HashSet<Guid> { starred.Uid });

        // Assert
        Assert.Equal([new RemovedMark("Heat management", "Merged into “Cooling”")], marks.Removed);
    }

    [Fact]
    public void AStarredSessionNewSinceTheSeenReleaseIsNotMarked()
    {
        // Arrange: starred after it appeared, so its owner has seen it.
        var added = Session("Added");

        // Act
        var marks = AgendaMarks.Since(Release.Of(), Release.Of(added), new HashSet<Guid> { added.Uid });

        // Assert
        Assert.False(marks.Any);
    }

    [Fact]
    public void NoSeenReleaseMarksNothing()
    {
        // Arrange
        var starred = Session("Heat management");

        // Act
        var marks = AgendaMarks.Since(null, Release.Of(MovedToWednesday(starred)), new HashSet<Guid> { starred.Uid });

        // Assert
        Assert.Same(AgendaMarks.None, marks);
    }

    [Fact]
    public void StarredSessionsAreFoundByUidInScheduleOrder()
    {
        // Arrange
        var first = Session("First");
        var second = Session("Second") with { Start = new TimeOnly(12, 0), End = new TimeOnly(12, 40) };
        var schedule = Release.Of(first, second, Session("Not starred"));

        // Act
        var starred = StarredSessions.In(schedule, new HashSet<Guid> { second.Uid, first.Uid, Guid.NewGuid() });

        // Assert
        Assert.Equal(["First", "Second"], starred.Select(s => s.Title));
    }
}
