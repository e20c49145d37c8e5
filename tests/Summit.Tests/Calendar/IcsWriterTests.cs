using System.Text;
using Summit.Core.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Calendar;

public sealed class IcsWriterTests
{
    private static readonly EventInfo Event = new(
        "OpenStack Summit Fall 2012", null, "San Diego", "America/Los_Angeles", null, null, null);

    private static readonly FeedDescription Feed = new("Test feed", new Uri("https://summit.example/"), TimeSpan.FromHours(1));

    private static string Write(params ScheduledSession[] sessions) => IcsWriter.Write(Event, sessions, Feed);

    private static IReadOnlyList<string> PhysicalLines(string ics) => ics.Split("\r\n")[..^1];

    [Fact]
    public void TimesCarryTheEventZoneWithAVTimezone()
    {
        var ics = Write(new SessionBuilder().At(new DateOnly(2012, 10, 15), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build());

        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n", ics);
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20121015T095000\r\n", ics);
        Assert.Contains("DTEND;TZID=America/Los_Angeles:20121015T103000\r\n", ics);
    }

    [Fact]
    public void TheSameSessionWrittenForAnotherSiteOrZoneLinksToThatSiteAndZone()
    {
        // Each session's event text is kept between feeds; it must never carry another site's address or zone.
        var session = new SessionBuilder().At(new DateOnly(2012, 10, 15), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build();
        var other = new FeedDescription("Test feed", new Uri("https://mirror.example/summit/"), TimeSpan.FromHours(1));

        var first = IcsWriter.Write(Event, [session], Feed);
        var mirrored = IcsWriter.Write(Event, [session], other);
        var berlin = IcsWriter.Write(Event with { TimeZoneId = "Europe/Berlin" }, [session], Feed);
        var again = IcsWriter.Write(Event, [session], Feed);

        Assert.Contains("https://summit.example/sessions/", first);
        Assert.Contains("https://mirror.example/summit/sessions/", mirrored);
        Assert.DoesNotContain("https://summit.example/", mirrored);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20121015T095000\r\n", berlin);
        Assert.Equal(first, again);
    }

    [Fact]
    public void WallClockTimesStayRightAcrossTheDstChange()
    {
        // November 5, 2012 is after the switch back to PST.
        var ics = Write(new SessionBuilder().At(new DateOnly(2012, 11, 5), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build());

        var parsed = IcalCalendar.Load(ics)!.Events.Single();
        Assert.Equal(new DateTime(2012, 11, 5, 17, 50, 0, DateTimeKind.Utc), parsed.DtStart!.AsUtc);
    }

    [Fact]
    public void CalendarHasNameRefreshAndProductId()
    {
        var ics = Write();

        Assert.Contains("\r\nNAME:Test feed\r\n", ics);
        Assert.Contains("\r\nX-WR-CALNAME:Test feed\r\n", ics);
        Assert.Contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", ics);
        Assert.Contains("\r\nX-PUBLISHED-TTL:PT1H\r\n", ics);
        Assert.Contains("\r\nPRODID:-//Summit//Summit schedule//EN\r\n", ics);
    }

    [Fact]
    public void EventCarriesUidSequenceStampsStatusAndPlace()
    {
        var session = new SessionBuilder().Titled("PKI Future", "pki-future").WithStatus(SessionStatus.Tentative).Build() with { Revision = 4 };

        var parsed = IcalCalendar.Load(Write(session))!.Events.Single();

        Assert.Equal($"{session.Uid:D}@summit", parsed.Uid);
        Assert.Equal(4, parsed.Sequence);
        Assert.Equal("TENTATIVE", parsed.Status);
        Assert.Equal(session.LastModifiedUtc, parsed.DtStamp!.AsUtc);
        Assert.Equal(session.LastModifiedUtc, parsed.LastModified!.AsUtc);
        Assert.Equal("Windsor BC, San Diego", parsed.Location);
        Assert.Equal(["Quantum"], parsed.Categories);
        Assert.Equal(new Uri("https://summit.example/sessions/pki-future"), parsed.Url);
    }

    [Fact]
    public void ASubscriptionFeedHasNoMethodSoNoClientExpectsAnOrganizer()
    {
        // METHOD:PUBLISH makes an iTIP message, which must name an ORGANIZER in every event (RFC 5546): libical refuses it.
        var ics = Write(new SessionBuilder().Build());

        Assert.DoesNotContain("METHOD", ics, StringComparison.Ordinal);
        Assert.Null(IcalCalendar.Load(ics)!.Method);
    }

    [Fact]
    public void LocationIsTheRoomAloneWhenTheEventHasNoVenue()
    {
        var ics = IcsWriter.Write(Event with { Venue = " " }, [new SessionBuilder().Build()], Feed);

        Assert.Equal("Windsor BC", IcalCalendar.Load(ics)!.Events.Single().Location);
    }

    [Fact]
    public void ControlCharactersInStoredTextNeverReachTheFeed()
    {
        // Arrange: text saved before input was cleaned, in every text property a feed writes
        var session = new SessionBuilder()
            .Titled("Bell\u0007 and \0null", "controls")
            .WithDescription("Escape\u001B red\r\n\r\nnext\tline")
            .Build() with { Room = new NamedRef("r", "Room\u0001 A"), Track = new NamedRef("t", "Track\u0002 B") };
        var conference = Event with { Venue = "Venue\u0003 C" };
        var feed = Feed with { Name = "Feed\u0000 name\u007F" };

        // Act
        var ics = IcsWriter.Write(conference, [session], feed);
        var parsed = IcalCalendar.Load(ics)!;

        // Assert
        Assert.DoesNotContain(ics.Replace("\r\n", "", StringComparison.Ordinal), c => char.IsControl(c) && c < '\u0080');
        var e = parsed.Events.Single();
        Assert.Equal("Bell and null", e.Summary);
        Assert.Equal("Room A, Venue C", e.Location);
        Assert.Equal(["Track B"], e.Categories);
        Assert.StartsWith("Escape red\n\nnext line\n\n", e.Description, StringComparison.Ordinal);
        Assert.Equal("Feed name", parsed.Properties["X-WR-CALNAME"]?.Value);
    }

    [Fact]
    public async Task VobjectReadsTextWithoutItsControlCharacters()
    {
        var session = new SessionBuilder().Titled("Null\0 byte", "controls").WithDescription("Line\u0008 one\n\nline two").Build();

        var parsed = await IndependentParser.ParseAsync(Write(session));

        var e = Assert.Single(parsed.Events);
        Assert.Equal("Null byte", e.Summary);
        Assert.StartsWith("Line one\n\nline two\n\n", e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CancelledSessionStaysInTheFeedAsCancelled()
    {
        var parsed = IcalCalendar.Load(Write(new SessionBuilder().WithStatus(SessionStatus.Cancelled).Build()))!.Events.Single();

        Assert.Equal("CANCELLED", parsed.Status);
    }

    [Fact]
    public void CancelledSessionTakesNoTimeInTheCalendar()
    {
        // Act
        var cancelled = IcalCalendar.Load(Write(new SessionBuilder().WithStatus(SessionStatus.Cancelled).Build()))!.Events.Single();
        var confirmed = IcalCalendar.Load(Write(new SessionBuilder().Build()))!.Events.Single();

        // Assert
        Assert.Equal("TRANSPARENT", cancelled.Transparency);
        Assert.Equal("OPAQUE", confirmed.Transparency);
    }

    [Fact]
    public void DescriptionIsPlainTextWithSubjectsAndLeads()
    {
        var session = new SessionBuilder().OfKind(SessionKind.Split)
            .WithDescription("Top **priority**:\n\n- one\n- two")
            .WithSubject("Quantum Scheduler", "HA support")
            .WithSubject("XenServer", "Open vSwitch [driver](https://example.org/ovs)")
            .LedBy("Youcef", tentative: true)
            .Build();

        var description = IcalCalendar.Load(Write(session))!.Events.Single().Description;

        Assert.Equal(
            "Top priority:\n\n- one\n- two\n\nThis split session covers:\n\n1. Quantum Scheduler\nHA support\n\n2. XenServer\nOpen vSwitch driver (https://example.org/ovs)\n\n"
            + $"Lead: Youcef (tentative)\nhttps://summit.example/sessions/{session.Slug}",
            description);
    }

    [Fact]
    public void SameScheduleGivesTheSameBytes()
    {
        var session = new SessionBuilder().Titled("Same").Build();

        Assert.Equal(Write(session), Write(session));
    }

    [Fact]
    public void LinesEndInCrlfAndNeverExceedSeventyFiveOctets()
    {
        var ics = Write(new SessionBuilder().WithDescription(string.Concat(Enumerable.Repeat("Long words and more words 🎉 réseau 日本語 ", 40))).Build());

        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(PhysicalLines(ics), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
    }

    [Theory]
    [MemberData(nameof(FoldPositions))]
    public void MultiByteCharactersAtTheFoldSurviveExactly(string filler, string character)
    {
        // Arrange: the character lands on every octet position around the 75-octet fold as the filler grows.
        var title = filler + character + " after";
        var ics = Write(new SessionBuilder().Titled(title, "fold").Build());

        // Act
        var parsed = IcalCalendar.Load(ics)!.Events.Single();

        // Assert
        Assert.Equal(title, parsed.Summary);
        Assert.DoesNotContain('\uFFFD', ics);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(PhysicalLines(ics), line => strict.GetString(strict.GetBytes(line)));
    }

    public static TheoryData<string, string> FoldPositions()
    {
        var data = new TheoryData<string, string>();
        foreach (var character in new[] { "🎉", "日", "é", "👩‍💻" })
        {
            for (var length = 60; length <= 74; length++)
            {
                data.Add(new string('x', length), character);
            }
        }

        return data;
    }

    [Fact]
    public void HostileTextIsEscapedAndCannotInjectProperties()
    {
        // Arrange
        var title = "a;b,c\\d\r\nSTATUS:CANCELLED\nX-EVIL:1 \"quoted\"";
        var session = new SessionBuilder().Titled(title, "hostile").Build() with { Room = new NamedRef("r", "Room; with, specials\\") };

        // Act
        var ics = Write(session);
        var parsed = IcalCalendar.Load(ics)!.Events.Single();

        // Assert
        Assert.Equal(title.Replace("\r\n", "\n", StringComparison.Ordinal), parsed.Summary!.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Room; with, specials\\, San Diego", parsed.Location);
        Assert.Equal("CONFIRMED", parsed.Status);
        Assert.DoesNotContain(PhysicalLines(ics), line => line.StartsWith("X-EVIL", StringComparison.Ordinal));
        Assert.Single(PhysicalLines(ics), line => line.StartsWith("STATUS:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VobjectReadsHostileTextBackExactly()
    {
        var title = "Emoji 🎉 at the edge; commas, semicolons; back\\slash and 日本語テキスト " + new string('z', 40) + "👩‍💻";
        var session = new SessionBuilder().Titled(title, "hostile").WithDescription("Line one\\\nline two; a, b \\ c").Build();

        var parsed = await IndependentParser.ParseAsync(Write(session));

        var e = Assert.Single(parsed.Events);
        Assert.Equal(title, e.Summary);
        Assert.StartsWith("Line one\nline two; a, b \\ c\n\n", e.Description, StringComparison.Ordinal);
        Assert.Equal("America/Los_Angeles", e.StartTzid);
    }
}
