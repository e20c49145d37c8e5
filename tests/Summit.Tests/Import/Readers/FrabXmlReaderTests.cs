using Summit.Core.Import;

namespace Summit.Tests.Import.Readers;

/// <summary>A frab schedule.xml with the deviations real exports have.</summary>
public sealed class FrabXmlReaderTests
{
    private static ImportDocument ReadFixture()
    {
        var read = ScheduleFileReader.Read(ImportFixtures.Bytes("frab-schedule.xml"), "schedule.xml", new ImportLimits());
        Assert.Null(read.Refusal);
        return read.Document!;
    }

    private static ImportSession Session(ImportDocument document, string title) => Assert.Single(document.Sessions, s => s.Title == title);

    [Fact]
    public void TheEventTakesTheConferencesTitleAndItsTimeZoneWrittenInAnyCase()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(ImportFormat.ScheduleXml, document.Format);
        Assert.Equal(("Open Hardware Days 2025", "Europe/Amsterdam", "OpenHW25"), (document.Event!.Name, document.Event.TimeZoneId, document.Event.Acronym));
    }

    [Fact]
    public void TracksRoomsAndDaysAreRead()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal([new ImportTrack("Electronics", "electronics"), new ImportTrack("Community", null)], document.Tracks);
        Assert.Equal(["Auditorium", "Lab"], document.Rooms.Select(r => r.Name));
        Assert.Equal([new DateOnly(2025, 5, 3), new DateOnly(2025, 5, 4)], document.Days.Select(d => d.Date));
    }

    [Fact]
    public void AnEventBecomesASessionWithItsSubtitleAbstractAndDescription()
    {
        // Act
        var welcome = Session(ReadFixture(), "Welcome & introductions");

        // Assert
        Assert.Equal("Who is here and why\n\nThe organisers say hello.\n\nA short <em>welcome</em>.", welcome.Description);
        Assert.Equal(["Hedy Lamarr", "Claude Shannon"], welcome.Leads.Select(l => l.Name));
        Assert.Equal((new DateOnly(2025, 5, 3), new TimeOnly(10, 0), new TimeOnly(10, 30), "Auditorium"), (welcome.Day!.Value, welcome.Start!.Value, welcome.End!.Value, welcome.Room));
        Assert.Equal(("openhw25-201-welcome", "line 18"), (welcome.Slug, welcome.Where));
    }

    [Fact]
    public void DurationsWithSecondsAndWithoutALeadingZeroAreRead()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(new TimeOnly(11, 45), Session(document, "FPGAs for the rest of us").End);
        Assert.Equal((new DateOnly(2025, 5, 4), new TimeOnly(16, 0), new TimeOnly(16, 40)), (Session(document, "Closing").Day!.Value, Session(document, "Closing").Start!.Value, Session(document, "Closing").End!.Value));
    }

    [Fact]
    public void WhatCannotBeUnderstoodIsListedWithItsLine()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(
            [
                new ImportIssue("line 56", "The guid of “Reflow oven build”, \"not-a-guid\", is not a UUID: the session is matched by its slug instead."),
                new ImportIssue("line 82", "A person of “Panel: the future of open silicon” has no name, so they were left out."),
                new ImportIssue("line 71", "“Panel: the future of open silicon” has no end Summit can read (duration \"\"): it was imported unscheduled."),
            ],
            document.Skipped);
    }

    [Fact]
    public void AnEventWithoutAGuidOrSlugIsStillImported()
    {
        // Act
        var reflow = Session(ReadFixture(), "Reflow oven build");

        // Assert
        Assert.Null(reflow.Guid);
        Assert.Null(reflow.Slug);
        Assert.Equal(("Lab", new TimeOnly(16, 0)), (reflow.Room, reflow.End!.Value));
    }
}
