using Summit.Core.Import;

namespace Summit.Tests.Import.Readers;

/// <summary>A Pretalx-style schedule.json with the deviations real exports have.</summary>
public sealed class C3vocJsonReaderTests
{
    private static ImportDocument ReadFixture()
    {
        var read = C3vocJsonReader.Read(ImportFixtures.Bytes("pretalx-schedule.json"), new ImportLimits());
        Assert.Null(read.Refusal);
        return read.Document!;
    }

    private static ImportSession Session(ImportDocument document, string title) => Assert.Single(document.Sessions, s => s.Title == title);

    [Fact]
    public void TheEventTakesTheConferencesTitleAcronymAndTimeZone()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(ImportFormat.ScheduleJson, document.Format);
        Assert.Equal("FOSS Gathering 2024", document.Event!.Name);
        Assert.Equal("Europe/Berlin", document.Event.TimeZoneId);
        Assert.Equal("FossGath2024", document.Event.Acronym);
    }

    [Fact]
    public void RoomsListedOnlyInsideDaysAreRoomsToo()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(["Main Hall", "Workshop Room", "Room B"], document.Rooms.Select(r => r.Name));
        Assert.Equal([400, 30, null], document.Rooms.Select(r => r.Capacity));
        Assert.Equal(["Community", "Hardware"], document.Tracks.Select(t => t.Name));
        Assert.Equal("community", document.Tracks[0].Slug);
    }

    [Fact]
    public void EveryEventWithATitleBecomesASessionInFileOrder()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(
            ["Opening: why we gather", "Packaging for humans", "Mesh networks in the village", "Licences without tears", "Solder your own badge", "Closing", "Late-night hacking"],
            document.Sessions.Select(s => s.Title));
    }

    [Fact]
    public void ASessionKeepsItsGuidSlugLeadsAndWhereItIs()
    {
        // Act
        var opening = Session(ReadFixture(), "Opening: why we gather");

        // Assert
        Assert.Equal(Guid.Parse("0a8f0c5e-3a7d-5b51-8a1e-6b5f2a9d1c01"), opening.Guid);
        Assert.Equal("fossgath2024-101-opening", opening.Slug);
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], opening.Leads.Select(l => l.Name));
        Assert.All(opening.Leads, l => Assert.False(l.IsTentative));
        Assert.Equal("$.schedule.conference.days[0].rooms[\"Main Hall\"][0]", opening.Where);
        Assert.Equal("Community", opening.Track);
    }

    [Fact]
    public void AnAbstractTheDescriptionRepeatsIsNotDoubled()
    {
        // Act
        var opening = Session(ReadFixture(), "Opening: why we gather");

        // Assert
        Assert.Equal("Welcome, housekeeping and the week ahead.\n\nWe also introduce the volunteers.", opening.Description);
    }

    [Fact]
    public void TimesAreTheEventsLocalTimesWhateverOffsetTheFileWrites()
    {
        // Arrange: the mesh talk is written as 08:00Z, which is 10:00 in Berlin in September.
        var document = ReadFixture();

        // Act
        var mesh = Session(document, "Mesh networks in the village");
        var packaging = Session(document, "Packaging for humans");

        // Assert
        Assert.Equal((new DateOnly(2024, 9, 12), new TimeOnly(10, 0), new TimeOnly(10, 45), "Room B"), (mesh.Day!.Value, mesh.Start!.Value, mesh.End!.Value, mesh.Room));
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(11, 30)), (packaging.Start!.Value, packaging.End!.Value));
    }

    [Fact]
    public void AnEventWithoutADateStartsAtItsStartOnTheDayItIsListedUnder()
    {
        // Act
        var closing = Session(ReadFixture(), "Closing");

        // Assert
        Assert.Equal((new DateOnly(2024, 9, 14), new TimeOnly(14, 0), new TimeOnly(15, 0)), (closing.Day!.Value, closing.Start!.Value, closing.End!.Value));
        Assert.Null(closing.Slug);
    }

    [Fact]
    public void NullsWhereTextIsExpectedReadAsNothing()
    {
        // Act
        var packaging = Session(ReadFixture(), "Packaging for humans");

        // Assert
        Assert.Null(packaging.Track);
        Assert.Equal("", packaging.Description);
        Assert.Equal(SessionKind.Regular, packaging.Kind);
    }

    [Fact]
    public void DaysAndTheirSlotsComeFromTheSessions()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal([new DateOnly(2024, 9, 12), new DateOnly(2024, 9, 13), new DateOnly(2024, 9, 14)], document.Days.Select(d => d.Date));
        Assert.Equal(
            [new ImportSlot(new TimeOnly(9, 0), new TimeOnly(9, 40)), new ImportSlot(new TimeOnly(10, 0), new TimeOnly(10, 45)), new ImportSlot(new TimeOnly(10, 0), new TimeOnly(11, 30))],
            document.Days[0].Slots);
    }

    [Fact]
    public void EachPersonLeadsOnceAndANamelessOneIsReported()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(["Sol Dering"], Session(document, "Solder your own badge").Leads.Select(l => l.Name));
        Assert.Contains(
            new ImportIssue("$.schedule.conference.days[1].rooms[\"Workshop Room\"][0].persons[1]", "A person of “Solder your own badge” has no name, so they were left out."),
            document.Skipped);
    }

    [Fact]
    public void WhatCannotBeUnderstoodIsListedWithWhereAndWhy()
    {
        // Act
        var document = ReadFixture();

        // Assert
        Assert.Equal(
            [
                new ImportIssue("$.schedule.conference.days[2].rooms[\"Main Hall\"][2]", "This is not an event (an object with a title, date and duration), so it was left out."),
                new ImportIssue("$.schedule.conference.days[1].rooms[\"Main Hall\"][0]", "The event has no title, so it was left out."),
                new ImportIssue("$.schedule.conference.days[1].rooms[\"Main Hall\"][1]", "“Licences without tears” has no end Summit can read (duration \"forty minutes\"): it was imported unscheduled."),
                new ImportIssue("$.schedule.conference.days[1].rooms[\"Workshop Room\"][0].persons[1]", "A person of “Solder your own badge” has no name, so they were left out."),
                new ImportIssue("$.schedule.conference.days[2].rooms[\"Main Hall\"][1]", "“Late-night hacking” runs past midnight (2024-09-14 23:30 to 2024-09-15 00:30), which a Summit slot cannot: it was imported unscheduled."),
            ],
            document.Skipped);
    }

    [Fact]
    public void AnEventWhoseTimeCannotBeReadIsImportedUnscheduled()
    {
        // Act
        var licences = Session(ReadFixture(), "Licences without tears");

        // Assert
        Assert.Null(licences.Day);
        Assert.Null(licences.Start);
        Assert.Null(licences.Room);
        Assert.Equal(["Rita Legal"], licences.Leads.Select(l => l.Name));
    }

    [Fact]
    public void AFileWithoutATimeZoneKeepsItsWallClockTimesAndSaysWhichZoneItGuessed()
    {
        // Arrange
        var json = """
            {"schedule": {"version": "1", "conference": {"title": "No zone", "acronym": "nozone", "days": [
              {"date": "2024-03-01", "rooms": {"Hall": [
                {"title": "Talk", "date": "2024-03-01T09:00:00+01:00", "duration": "0:30"}]}}]}}}
            """u8.ToArray();

        // Act
        var document = C3vocJsonReader.Read(json, new ImportLimits()).Document!;

        // Assert
        Assert.Equal("Etc/GMT-1", document.Event!.TimeZoneId);
        Assert.Equal(new TimeOnly(9, 0), document.Sessions[0].Start);
        Assert.Equal(
            new ImportIssue("$.schedule.conference.time_zone_name", "The file names no time zone: times are read as the file writes them and the event's time zone is set to Etc/GMT-1. Set the right one in the event settings after importing."),
            Assert.Single(document.Skipped));
    }

    [Fact]
    public void NumbersWhereTextIsExpectedAreRead()
    {
        // Arrange: a title and a duration (in minutes) written as numbers.
        var json = """
            {"schedule": {"conference": {"title": 2024, "time_zone_name": "UTC", "days": [
              {"date": "2024-03-01", "rooms": {"Hall": [{"title": 42, "date": "2024-03-01T09:00:00Z", "duration": 40}]}}]}}}
            """u8.ToArray();

        // Act
        var document = C3vocJsonReader.Read(json, new ImportLimits()).Document!;

        // Assert
        Assert.Equal("2024", document.Event!.Name);
        Assert.Equal(("42", new TimeOnly(9, 40)), (document.Sessions[0].Title, document.Sessions[0].End!.Value));
        Assert.Empty(document.Skipped);
    }
}
