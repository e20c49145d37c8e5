using Summit.Core.Time;
using Summit.Core.Venue;

namespace Summit.Tests.Venue;

public sealed class NowAndNextTests
{
    private static readonly EventClock Clock = new("America/Los_Angeles");
    private static readonly DateOnly Monday = new(2012, 10, 15);
    private static readonly DateOnly Tuesday = new(2012, 10, 16);

    private static readonly ScheduledSession Opening = new SessionBuilder().Titled("Opening").At(Monday, new(9, 50), new(10, 30)).Build();
    private static readonly ScheduledSession Morning = new SessionBuilder().Titled("Morning").At(Monday, new(11, 0), new(11, 40)).Build();
    private static readonly ScheduledSession Split = new SessionBuilder().Titled("Split").At(Monday, new(11, 50), new(12, 30))
        .OfKind(SessionKind.Split).WithSubject("IPv6", "").WithSubject("IP allocation", "").Build();
    private static readonly ScheduledSession Tuesdays = new SessionBuilder().Titled("Tuesday's").At(Tuesday, new(11, 0), new(11, 40)).Build();
    private static readonly ScheduledSession OtherRoom = new SessionBuilder().Titled("Elsewhere").At(Monday, new(11, 0), new(11, 40))
        .InRoom("annex", "Annex", 1).Build();

    private static PublishedSchedule Schedule(params ScheduledSession[] sessions) => new(
        new EventInfo("Summit", null, "San Diego", Clock.TimeZoneId, null, null, null),
        [Monday, Tuesday],
        [new NamedRef("windsor-bc", "Windsor BC"), new NamedRef("annex", "Annex")],
        [],
        [],
        sessions);

    private static DateTimeOffset At(DateOnly day, int hour, int minute) => Clock.ToOffsetTime(day, new TimeOnly(hour, minute));

    [Fact]
    public void BeforeTheEventNothingIsOnAndTheFirstSessionIsNext()
    {
        // Arrange
        var schedule = Schedule(Opening, Morning, Tuesdays);

        // Act
        var venue = NowAndNext.At(schedule, Clock, At(new DateOnly(2012, 10, 14), 18, 0));

        // Assert
        Assert.Equal(EventPhase.Before, venue.Phase);
        Assert.Null(venue.Rooms[0].Current);
        Assert.Equal(Opening, venue.Rooms[0].Next);
        Assert.Equal(Opening, venue.NextAnywhere);
        Assert.Equal("Next: Monday 15 October, 9:50am", VenueTexts.Headline(venue));
    }

    [Fact]
    public void DuringASessionItIsOnAndTheFollowingOneIsNext()
    {
        // Arrange
        var schedule = Schedule(Opening, Morning, Split);

        // Act
        var room = NowAndNext.ForRoom(schedule, Clock, "windsor-bc", At(Monday, 11, 5))!;

        // Assert
        Assert.Equal(Morning, room.Current);
        Assert.Equal(Split, room.Next);
        Assert.Equal("in 45 minutes", VenueTexts.StartsIn(room.Next!, Clock, At(Monday, 11, 5)));
    }

    [Fact]
    public void InAGapNothingIsOnAndTheNextSessionCountsDown()
    {
        // Arrange
        var schedule = Schedule(Opening, Morning);

        // Act
        var venue = NowAndNext.At(schedule, Clock, At(Monday, 10, 45));

        // Assert
        Assert.Equal(EventPhase.During, venue.Phase);
        Assert.Null(venue.Rooms[0].Current);
        Assert.Equal(Morning, venue.Rooms[0].Next);
        Assert.Equal("in 15 minutes", VenueTexts.StartsIn(Morning, Clock, At(Monday, 10, 45)));
    }

    [Fact]
    public void ASessionIsOverAtItsEndAndTheOneStartingThenIsOn()
    {
        // Arrange
        var schedule = Schedule(Opening, Morning, Split);

        // Act
        var atEnd = NowAndNext.ForRoom(schedule, Clock, "windsor-bc", At(Monday, 11, 40))!;
        var atStart = NowAndNext.ForRoom(schedule, Clock, "windsor-bc", At(Monday, 11, 50))!;

        // Assert
        Assert.Null(atEnd.Current);
        Assert.Equal(Split, atEnd.Next);
        Assert.Equal(Split, atStart.Current);
        Assert.Null(atStart.Next);
    }

    [Fact]
    public void AfterTheLastSessionTheSummitIsOver()
    {
        // Arrange
        var schedule = Schedule(Opening, Tuesdays);

        // Act
        var venue = NowAndNext.At(schedule, Clock, At(Tuesday, 11, 40));

        // Assert
        Assert.Equal(EventPhase.Over, venue.Phase);
        Assert.All(venue.Rooms, r => Assert.Null(r.Current));
        Assert.All(venue.Rooms, r => Assert.Null(r.Next));
        Assert.Equal("The summit is over", VenueTexts.Headline(venue));
    }

    [Fact]
    public void ACancelledSessionIsOnInItsTimeButNeverNext()
    {
        // Arrange
        var cancelled = Morning with { Status = SessionStatus.Cancelled };
        var schedule = Schedule(Opening, cancelled, Split);

        // Act
        var before = NowAndNext.ForRoom(schedule, Clock, "windsor-bc", At(Monday, 10, 45))!;
        var during = NowAndNext.ForRoom(schedule, Clock, "windsor-bc", At(Monday, 11, 5))!;

        // Assert
        Assert.Equal(Split, before.Next);
        Assert.Equal(cancelled, during.Current);
        Assert.Equal(Split, during.Next);
    }

    [Fact]
    public void ASplitSessionIsOnWithItsSubjects()
    {
        // Arrange
        var schedule = Schedule(Morning, Split);

        // Act
        var room = NowAndNext.ForRoom(schedule, Clock, "windsor-bc", At(Monday, 12, 0))!;

        // Assert
        Assert.Equal(["IPv6", "IP allocation"], room.Current!.Subjects.Select(s => s.Title));
    }

    [Fact]
    public void EachRoomHasItsOwnSessionsAndAnUnknownRoomIsNone()
    {
        // Arrange
        var schedule = Schedule(Morning, OtherRoom);

        // Act
        var venue = NowAndNext.At(schedule, Clock, At(Monday, 11, 10));
        var unknown = NowAndNext.ForRoom(schedule, Clock, "ballroom", At(Monday, 11, 10));

        // Assert
        Assert.Equal([Morning, OtherRoom], venue.Rooms.Select(r => r.Current));
        Assert.Null(unknown);
    }

    [Fact]
    public void ANextSessionOnAnotherDayIsNamedByDayAndTime()
    {
        // Arrange
        var schedule = Schedule(Morning, Tuesdays);

        // Act
        var room = NowAndNext.ForRoom(schedule, Clock, "windsor-bc", At(Monday, 12, 0))!;

        // Assert
        Assert.Equal("on Tuesday 16 October, 11:00am", VenueTexts.StartsIn(room.Next!, Clock, At(Monday, 12, 0)));
    }

    [Theory]
    [InlineData("2012-10-16T11:05-07:00", "2012-10-16T18:05:00Z")]
    [InlineData("2012-10-16T18:05Z", "2012-10-16T18:05:00Z")]
    [InlineData("2012-10-16T20:05:30 02:00", "2012-10-16T18:05:30Z")]
    public void AMomentWithItsOffsetIsRead(string text, string utc)
    {
        // Act
        var read = VenueMoment.TryParse(text, out var moment, out _);

        // Assert
        Assert.True(read);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), moment);
    }

    [Theory]
    [InlineData("2012-10-16T11:05")]
    [InlineData("tomorrow")]
    [InlineData("2012-13-16T11:05Z")]
    public void AMomentWithoutAnOffsetOrNotADateIsRefusedWithAReason(string text)
    {
        // Act
        var read = VenueMoment.TryParse(text, out _, out var problem);

        // Assert
        Assert.False(read);
        Assert.Contains("2012-10-16T11:05-07:00", problem, StringComparison.Ordinal);
    }
}
