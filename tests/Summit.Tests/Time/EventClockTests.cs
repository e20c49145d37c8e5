using Summit.Core.Time;

namespace Summit.Tests.Time;

public sealed class EventClockTests
{
    private readonly EventClock _sanDiego = new("America/Los_Angeles");

    [Theory]
    [InlineData(9, 50, "9:50am")]
    [InlineData(12, 30, "12:30pm")]
    [InlineData(0, 5, "12:05am")]
    [InlineData(13, 50, "1:50pm")]
    public void TimesReadAsConferenceSchedulesWriteThem(int hour, int minute, string expected) =>
        Assert.Equal(expected, EventClock.FormatTime(new TimeOnly(hour, minute)));

    [Fact]
    public void OctoberTwentyTwelveIsPacificDaylightTime() =>
        Assert.Equal("9:50am PDT", _sanDiego.FormatTimeWithZone(new DateOnly(2012, 10, 15), new TimeOnly(9, 50)));

    [Fact]
    public void DecemberIsPacificStandardTime() =>
        Assert.Equal("9:50am PST", _sanDiego.FormatTimeWithZone(new DateOnly(2012, 12, 3), new TimeOnly(9, 50)));

    [Fact]
    public void WallClockTimeConvertsToUtcAcrossTheDstChange()
    {
        Assert.Equal(new DateTime(2012, 10, 15, 16, 50, 0, DateTimeKind.Utc), _sanDiego.ToUtc(new DateOnly(2012, 10, 15), new TimeOnly(9, 50)));
        Assert.Equal(new DateTime(2012, 11, 5, 17, 50, 0, DateTimeKind.Utc), _sanDiego.ToUtc(new DateOnly(2012, 11, 5), new TimeOnly(9, 50)));
    }

    [Theory]
    [InlineData(2012, 10, 15, "2012-10-15T09:50-07:00")]
    [InlineData(2012, 12, 3, "2012-12-03T09:50-08:00")]
    public void IsoMinuteCarriesTheOffsetInForceThatDay(int year, int month, int day, string expected) =>
        Assert.Equal(expected, _sanDiego.ToIsoMinute(new DateOnly(year, month, day), new TimeOnly(9, 50)));

    [Fact]
    public void IsoMinuteOfAZoneEastOfGreenwichHasAPlusSign() =>
        Assert.Equal("2012-10-15T09:50+02:00", new EventClock("Europe/Berlin").ToIsoMinute(new DateOnly(2012, 10, 15), new TimeOnly(9, 50)));

    [Fact]
    public void RangeShowsBothEndsAndTheZone() =>
        Assert.Equal("11:50am – 12:30pm PDT", _sanDiego.FormatRange(new DateOnly(2012, 10, 15), new TimeOnly(11, 50), new TimeOnly(12, 30)));

    [Fact]
    public void UnknownZoneIsRefusedWithItsName()
    {
        var error = Assert.Throws<ArgumentException>(() => new EventClock("Mars/Olympus_Mons"));

        Assert.Contains("Mars/Olympus_Mons", error.Message);
    }

    [Fact]
    public void EventSpanReadsAsOneRange() =>
        Assert.Equal("October 15–18, 2012", EventDates.FormatRange(new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 18)));
}
