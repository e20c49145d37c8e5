using Summit.Core.Calendar;

namespace Summit.Tests.Calendar;

/// <summary>
/// The feeds Summit wrote with Ical.Net (refolded on whole characters), kept in <c>Calendar/Golden</c>: the writer that
/// replaced it must give calendar apps the very same bytes, so that no subscribed calendar sees a change that is none.
/// </summary>
public sealed class FormerWriterOutputTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private static readonly FeedDescription Feed = new(
        "OpenStack Summit · Room: Windsor BC, more", new Uri("https://summit.example.org/sub/"), TimeSpan.FromMinutes(90));

    private static readonly DateTime RemovedUtc = new(2012, 10, 14, 3, 4, 5, DateTimeKind.Utc);

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Calendar", "Golden", name));

    [Fact]
    public void TheSeedsFeedIsByteForByteWhatTheFormerWriterWrote()
    {
        // Act
        var ics = IcsWriter.Write(seed.Schedule.Event, seed.Schedule.Sessions, Feed);

        // Assert
        Assert.Equal(Golden("seed.ics"), ics);
    }

    [Fact]
    public void StatusesEscapedVenueAndCancellationsAreByteForByteWhatTheFormerWriterWrote()
    {
        // Arrange: cancelled and tentative sessions, sessions without a track or wanting a lead, removed sessions
        var sessions = seed.Schedule.Sessions.Select((s, i) => i % 7 == 1 ? s with { Status = SessionStatus.Cancelled, Revision = 3 }
            : i % 7 == 2 ? s with { Status = SessionStatus.Tentative }
            : i % 11 == 3 ? s with { Track = null, LeadWanted = true }
            : s).ToList();
        var removed = seed.Schedule.Sessions.Take(5)
            .Select((s, i) => new CancelledSession(s, RemovedUtc, i % 2 == 0 ? new NamedRef("other-slug", "Other, session") : null, [1]))
            .ToList();

        // Act
        var ics = IcsWriter.WriteWithCancellations(seed.Schedule.Event with { Venue = "Venue; A, B\\" }, sessions, removed, Feed);

        // Assert
        Assert.Equal(Golden("seed-varied.ics"), ics);
    }

    [Fact]
    public void HostileAndEmptyTextsAreByteForByteWhatTheFormerWriterWrote()
    {
        // Arrange: every text a session has set to empty, blank, line breaks, controls, specials, unpaired surrogates,
        // emoji at the fold, separators beyond ASCII; and a slug that must be escaped in its address
        string[] texts =
        [
            "", " ", "\n", "\r", "\r\n", "\t", "\0", "a,b;c\\d", "\"quoted\" :colon", "lone \ud83c surrogate", "end surrogate \udc00",
            "🎉🎉🎉", new string('x', 74) + "👩‍💻", "\u2028 sep \u0085 nel", "  padded  ", "\\n literal", "tab\there",
        ];
        var template = seed.Schedule.Sessions[0];
        var sessions = texts.Select((text, i) => template with
        {
            Uid = new Guid(i, 0, 0, new byte[8]),
            Slug = "edge-" + i,
            Title = text,
            Description = text,
            Room = new NamedRef("r", text),
            Track = new NamedRef("t", text),
            Leads = [new LeadInfo("l", text, i % 2 == 0)],
            Subjects = i % 3 == 0 ? [new SubjectInfo(text, text)] : [],
        }).ToList();
        sessions.Add(template with
        {
            Slug = "ünïcode slug/with space",
            Track = null,
            Leads = [],
            Subjects = [],
            LastModifiedUtc = new DateTime(2012, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc),
            Revision = 12345,
        });

        // Act
        var ics = IcsWriter.Write(seed.Schedule.Event, sessions, Feed);

        // Assert
        Assert.Equal(Golden("edge.ics"), ics);
    }
}
