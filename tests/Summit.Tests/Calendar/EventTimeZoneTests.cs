using System.Globalization;
using NodaTime;
using Summit.Core.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Calendar;

/// <summary>
/// The seeded schedule (28 sessions over four days) held where and when the zone's rules changed near the event:
/// every start and end must be the instant the tz database gives, in Ical.Net, in vobject (which reads the VTIMEZONE)
/// and by the VTIMEZONE's observances read independently.
/// </summary>
public sealed class EventTimeZoneTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private static readonly FeedDescription Feed = new("Zone test", new Uri("https://summit.example/"), TimeSpan.FromHours(1));

    public static TheoryData<string, string> Events() => new()
    {
        // The seed itself: Los Angeles, October 15-18, 2012, in daylight time throughout.
        { "America/Los_Angeles", "2012-10-15" },
        // Daylight time ended on October 29, 2006, a week before today's rule would end it.
        { "America/Los_Angeles", "2006-10-27" },
        // Daylight time ended on October 30, 2022, for the last time: Mexico abolished it afterwards.
        { "America/Mexico_City", "2022-10-28" },
        // Daylight time began on November 4, 2018, its only year on that date; Brazil abolished it in 2019.
        { "America/Sao_Paulo", "2018-11-02" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void EveryStartAndEndIsTheTzDatabaseInstantInIcalNetAndByTheVTimezonesObservances(string zoneId, string firstDay)
    {
        // Arrange
        var (conference, sessions) = SeedHeldIn(zoneId, DateOnly.Parse(firstDay, CultureInfo.InvariantCulture));

        // Act
        var ics = IcsWriter.Write(conference, sessions, Feed);

        // Assert
        var events = IcalCalendar.Load(ics)!.Events;
        var observances = ObservanceOffsets.Read(ics, zoneId);
        var wrong = new List<string>();
        foreach (var session in sessions)
        {
            var e = Assert.Single(events, x => x.Uid == IcsWriter.UidOf(session));
            foreach (var (what, time, parsed) in new[] { ("start", session.Start, e.DtStart!), ("end", session.End, e.DtEnd!) })
            {
                var local = session.Day.ToDateTime(time);
                var expected = ExpectedUtc(zoneId, session.Day, time);
                var offset = observances.OffsetAt(local);
                if (parsed.AsUtc != expected || offset is null || local - offset.Value != expected)
                {
                    wrong.Add($"{session.Slug} {what} {local:yyyy-MM-dd HH:mm}: tz database {expected:HH:mm}Z, Ical.Net {parsed.AsUtc:HH:mm}Z, VTIMEZONE offset {offset?.ToString() ?? "none"}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public async Task VobjectReadsEveryStartAndEndAsTheTzDatabaseInstant(string zoneId, string firstDay)
    {
        // Arrange
        var (conference, sessions) = SeedHeldIn(zoneId, DateOnly.Parse(firstDay, CultureInfo.InvariantCulture));

        // Act
        var parsed = await IndependentParser.ParseAsync(IcsWriter.Write(conference, sessions, Feed));

        // Assert
        var wrong = new List<string>();
        foreach (var session in sessions)
        {
            var e = Assert.Single(parsed.Events, x => x.Uid == IcsWriter.UidOf(session));
            var (start, end) = (Format(ExpectedUtc(zoneId, session.Day, session.Start)), Format(ExpectedUtc(zoneId, session.Day, session.End)));
            if (e.Start != start || e.End != end)
            {
                wrong.Add($"{session.Slug}: tz database {start}–{end}, vobject {e.Start}–{e.End}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void AZoneWithoutChangesNearTheEventHasOneStandardObservanceWithTheOffsetInForce()
    {
        // Act
        var vtimezone = VTimeZoneBuilder.Build("Asia/Kolkata", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 7));

        // Assert
        Assert.Equal(1, Count(vtimezone, "BEGIN:STANDARD"));
        Assert.Equal(0, Count(vtimezone, "BEGIN:DAYLIGHT"));
        Assert.Contains("TZOFFSETTO:+0530\r\n", vtimezone, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(330), ObservanceOffsets.Read(vtimezone, "Asia/Kolkata").OffsetAt(new DateTime(2024, 3, 4, 9, 0, 0)));
    }

    [Fact]
    public void AZoneThatNeverChangedHasOneStandardObservance()
    {
        var vtimezone = VTimeZoneBuilder.Build("Etc/UTC", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 4));

        Assert.Equal(1, Count(vtimezone, "BEGIN:STANDARD"));
        Assert.Equal(TimeSpan.Zero, ObservanceOffsets.Read(vtimezone, "Etc/UTC").OffsetAt(new DateTime(2024, 3, 4, 9, 0, 0)));
    }

    [Fact]
    public void MexicoCityAfterDaylightTimeWasAbolishedStaysOnStandardTime()
    {
        // An event in late October 2023, when the old rule would still have been in daylight time.
        var vtimezone = VTimeZoneBuilder.Build("America/Mexico_City", new DateOnly(2023, 10, 25), new DateOnly(2023, 10, 28));

        Assert.Equal(0, Count(vtimezone, "BEGIN:DAYLIGHT"));
        Assert.DoesNotContain("RRULE", vtimezone, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(-6), ObservanceOffsets.Read(vtimezone, "America/Mexico_City").OffsetAt(new DateTime(2023, 10, 27, 9, 0, 0)));
    }

    /// <summary>The seed's sessions, days and times, moved so that its first day is <paramref name="firstDay"/>, in that zone.</summary>
    private (EventInfo Event, IReadOnlyList<ScheduledSession> Sessions) SeedHeldIn(string zoneId, DateOnly firstDay)
    {
        var shift = firstDay.DayNumber - seed.Schedule.FirstDay!.Value.DayNumber;
        var sessions = seed.Schedule.Sessions.Select(s => s with { Day = s.Day.AddDays(shift) }).ToList();
        Assert.Equal(28, sessions.Count);
        return (seed.Schedule.Event with { TimeZoneId = zoneId }, sessions);
    }

    private static DateTime ExpectedUtc(string zoneId, DateOnly day, TimeOnly time) =>
        new LocalDateTime(day.Year, day.Month, day.Day, time.Hour, time.Minute).InZoneStrictly(DateTimeZoneProviders.Tzdb[zoneId]).ToDateTimeUtc();

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static int Count(string text, string line) => text.Split("\r\n").Count(l => l == line);
}
