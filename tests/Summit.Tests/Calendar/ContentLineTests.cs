using System.Text;
using Summit.Core.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Calendar;

/// <summary>What the hand-written RFC 5545 writer does beyond what the feed tests pin: escapes and folds anywhere in a line.</summary>
public sealed class ContentLineTests
{
    private static readonly EventInfo Event = new("Summit", null, "San Diego", "America/Los_Angeles", null, null, null);

    private static readonly FeedDescription Feed = new("Test feed", new Uri("https://summit.example/"), TimeSpan.FromHours(1));

    private static IReadOnlyList<string> PhysicalLines(string ics) => ics.Split("\r\n")[..^1];

    /// <summary>The logical line of a property, its continuation lines joined back (RFC 5545 3.1).</summary>
    private static string Unfolded(string ics, string name) =>
        ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n").Single(l => l.StartsWith(name + ":", StringComparison.Ordinal));

    [Fact]
    public void EveryTextPropertyEscapesBackslashSemicolonCommaAndLineBreaks()
    {
        // Arrange
        const string text = "a\\b;c,d\ne\r\nf\rg";
        var session = new SessionBuilder().Titled(text, "escapes").Build() with { Room = new NamedRef("r", text), Track = new NamedRef("t", text) };

        // Act
        var ics = IcsWriter.Write(Event with { Venue = "" }, [session], Feed with { Name = text });

        // Assert
        const string escaped = "a\\\\b\\;c\\,d\\ne\\nf\\ng";
        Assert.Equal("SUMMARY:" + escaped, Unfolded(ics, "SUMMARY"));
        Assert.Equal("LOCATION:" + escaped, Unfolded(ics, "LOCATION"));
        Assert.Equal("CATEGORIES:" + escaped, Unfolded(ics, "CATEGORIES"));
        Assert.Equal("NAME:" + escaped, Unfolded(ics, "NAME"));
        Assert.Equal("X-WR-CALNAME:" + escaped, Unfolded(ics, "X-WR-CALNAME"));
    }

    [Fact]
    public void ACommaInATrackNameStaysOneCategory()
    {
        var session = new SessionBuilder().Build() with { Track = new NamedRef("t", "Storage, block and object") };

        var parsed = IcalCalendar.Load(IcsWriter.Write(Event, [session], Feed))!.Events.Single();

        Assert.Equal(["Storage, block and object"], parsed.Categories);
    }

    [Fact]
    public async Task ALongMultiByteDescriptionFoldsOnWholeCharactersAndReadsBackExactly()
    {
        // Arrange: two-, three- and four-octet characters and escapes, so that every kind lands on a fold somewhere
        var description = string.Concat(Enumerable.Repeat("réseau 日本語テキスト 🎉👩‍💻, a; b\\ c ", 30));
        var session = new SessionBuilder().Titled("Folding", "folding").WithDescription(description).Build();

        // Act
        var ics = IcsWriter.Write(Event, [session], Feed);
        var parsed = await IndependentParser.ParseAsync(ics);

        // Assert
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(PhysicalLines(ics), line => Assert.InRange(strict.GetByteCount(line), 1, 75));
        Assert.True(PhysicalLines(ics).Count(l => l.StartsWith(' ')) > 20, "the description should have been folded many times");
        Assert.StartsWith(description.TrimEnd() + "\n\n", Assert.Single(parsed.Events).Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\")]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\n")]
    public void AnEscapeCutByAFoldReadsBackAsTheCharacter(string special)
    {
        // Arrange: "SUMMARY:" and 66 letters fill 74 octets, so the escape's backslash ends the line and its letter starts the next
        var title = new string('x', 66) + special + "end";
        var ics = IcsWriter.Write(Event, [new SessionBuilder().Titled(title, "cut").Build()], Feed);

        // Act
        var parsed = IcalCalendar.Load(ics)!.Events.Single();

        // Assert
        Assert.Contains(PhysicalLines(ics), line => line == "SUMMARY:" + new string('x', 66) + "\\");
        Assert.Equal(title, parsed.Summary);
    }

    [Fact]
    public void ParametersAndDateTimesAreWrittenAsRfc5545Requires()
    {
        var session = new SessionBuilder().At(new DateOnly(2026, 3, 8), new TimeOnly(1, 30), new TimeOnly(3, 15)).Build()
            with { LastModifiedUtc = new DateTime(2026, 2, 1, 12, 34, 56, 789, DateTimeKind.Utc) };

        var lines = PhysicalLines(IcsWriter.Write(Event, [session], Feed));

        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260308T013000", lines);
        Assert.Contains("DTEND;TZID=America/Los_Angeles:20260308T031500", lines);
        Assert.Contains("DTSTAMP:20260201T123456Z", lines);
        Assert.Contains("LAST-MODIFIED:20260201T123456Z", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", lines);
    }

    [Fact]
    public void TheSameFeedAsOctetsIsTheTextInUtf8()
    {
        var session = new SessionBuilder().Titled("Émoji 🎉 and 日本語", "octets").Build();

        var octets = IcsWriter.WriteUtf8(Event, [session], [], Feed);

        Assert.Equal(Encoding.UTF8.GetBytes(IcsWriter.Write(Event, [session], Feed)), octets);
    }
}
