using System.Text;
using Summit.Core.Import;
using Summit.Core.Releases;

namespace Summit.Tests.Import.Backup;

/// <summary>A backup written by <see cref="SummitBackupWriter"/> and read back through the import's file reader.</summary>
public sealed class SummitBackupFormatTests
{
    private static readonly Guid KeynoteGuid = Guid.Parse("5a1f0c2e-9b7d-4e0a-8c51-2f6d3b9e7a10");

    private static ImportDocument Event() => new(
        ImportFormat.SummitBackup,
        new ImportEvent("Grizzly Summit", "America/Los_Angeles")
        {
            Subtitle = "Design sessions",
            Venue = "Hyatt, San Diego",
            BannerText = "Welcome <all> & \"everyone\" — Zürich, 東京",
            BannerLinkLabel = "Register",
            BannerLinkUrl = "https://example.org/register",
            ImageOrigins = "https://images.example.org\nhttps://cdn.example.org",
            PublishMode = PublishMode.WhenReleased,
        },
        [
            new ImportDay(new DateOnly(2012, 10, 15), [new ImportSlot(new TimeOnly(9, 0), new TimeOnly(9, 40)), new ImportSlot(new TimeOnly(16, 0), new TimeOnly(17, 30, 15))]),
            new ImportDay(new DateOnly(2012, 10, 16), []),
        ],
        [new ImportRoom("Emma AB", "emma-ab", 120), new ImportRoom("Annie AB", "annie-ab", null)],
        [new ImportTrack("Nova", "nova"), new ImportTrack("Swift", "swift")],
        [
            new ImportSession("Keynote")
            {
                Guid = KeynoteGuid,
                Slug = "keynote",
                Description = "Opening **words**\n\nand more.",
                Day = new DateOnly(2012, 10, 15),
                Start = new TimeOnly(9, 0),
                End = new TimeOnly(9, 40),
                Room = "Emma AB",
                Track = "Nova",
                Kind = SessionKind.Split,
                Status = SessionStatus.Tentative,
                LeadWanted = true,
                OpenForOnDemand = true,
                Leads = [new ImportLead("Ada Lovelace", false) { Slug = "ada" }, new ImportLead("Youcef", true) { Slug = "youcef" }],
                Subjects = [new ImportSubject("First", "One"), new ImportSubject("Second", "")],
            },
            new ImportSession("Proposal") { Guid = Guid.Parse("0e8f8a54-1d2b-4c3a-9f60-7b5e4d3c2a19"), Slug = "proposal", Status = SessionStatus.Cancelled },
        ],
        [])
    {
        People = [new ImportPerson("Ada Lovelace", "ada"), new ImportPerson("Nobody Yet", "nobody"), new ImportPerson("Youcef", "youcef")],
    };

    private static ImportDocument ReadBack(byte[] backup)
    {
        var read = ScheduleFileReader.Read(backup, "backup.json", new ImportLimits());
        Assert.Null(read.Refusal);
        return read.Document!;
    }

    [Fact]
    public void ABackupStartsWithItsFormatAndIsToldApartFromAScheduleJson()
    {
        // Act
        var backup = SummitBackupWriter.Write(Event());

        // Assert
        Assert.StartsWith("{\n  \"format\": \"summit-backup\",\n  \"version\": 1,", Encoding.UTF8.GetString(backup), StringComparison.Ordinal);
        Assert.Equal(ImportFormat.SummitBackup, ScheduleFileReader.Detect(backup, "anything.json"));
        Assert.Equal(ImportFormat.ScheduleJson, ScheduleFileReader.Detect("{\"schedule\":{\"version\":\"1\"}}"u8, "schedule.json"));
        Assert.Equal(ImportFormat.ScheduleJson, ScheduleFileReader.Detect("{\"version\":1,\"format\":\"summit-backup\"}"u8, "schedule.json"));
    }

    [Fact]
    public void ReadingABackupGivesBackTheEventItsSettingsAndStructure()
    {
        // Act
        var document = ReadBack(SummitBackupWriter.Write(Event()));

        // Assert
        Assert.Equal(ImportFormat.SummitBackup, document.Format);
        Assert.Equal(Event().Event, document.Event);
        Assert.Equal(
            ["2012-10-15 09:00-09:40", "2012-10-15 16:00-17:30:15", "2012-10-16"],
            document.Days.SelectMany(d => d.Slots.Count == 0 ? [$"{d.Date:yyyy-MM-dd}"] : d.Slots.Select(s => $"{d.Date:yyyy-MM-dd} {SummitBackupFormat.FormatTime(s.Start)}-{SummitBackupFormat.FormatTime(s.End)}")));
        Assert.Equal(Event().Rooms, document.Rooms);
        Assert.Equal(Event().Tracks, document.Tracks);
        Assert.Equal(Event().People, document.People);
        Assert.Empty(document.Skipped);
    }

    [Fact]
    public void ReadingABackupGivesBackEverySessionWithItsLeadsSubjectsAndPlace()
    {
        // Act
        var document = ReadBack(SummitBackupWriter.Write(Event()));

        // Assert
        var keynote = document.Sessions[0];
        var expected = Event().Sessions[0];
        Assert.Equal((expected.Guid, expected.Slug, expected.Title, expected.Description), (keynote.Guid, keynote.Slug, keynote.Title, keynote.Description));
        Assert.Equal((expected.Day, expected.Start, expected.End, expected.Room, expected.Track), (keynote.Day, keynote.Start, keynote.End, keynote.Room, keynote.Track));
        Assert.Equal((SessionKind.Split, SessionStatus.Tentative, true, true), (keynote.Kind, keynote.Status, keynote.LeadWanted, keynote.OpenForOnDemand));
        Assert.Equal(expected.Leads, keynote.Leads);
        Assert.Equal(expected.Subjects, keynote.Subjects);
        var proposal = document.Sessions[1];
        Assert.Equal(("proposal", SessionStatus.Cancelled), (proposal.Slug, proposal.Status));
        Assert.Null(proposal.Day);
        Assert.Null(proposal.Room);
    }

    [Fact]
    public void TheFileNamesASessionsRoomAndTrackBySlugAndTheDocumentByName()
    {
        // Act
        var backup = SummitBackupWriter.Write(Event());
        var keynote = ReadBack(backup).Sessions[0];

        // Assert
        var text = Encoding.UTF8.GetString(backup);
        Assert.Contains("\"track\": \"nova\",", text, StringComparison.Ordinal);
        Assert.Contains("\"room\": \"emma-ab\",", text, StringComparison.Ordinal);
        Assert.Equal(("Emma AB", "Nova"), (keynote.Room, keynote.Track));
    }

    [Fact]
    public void WritingWhatWasReadGivesTheSameBytes()
    {
        // Arrange
        var first = SummitBackupWriter.Write(Event());

        // Act
        var again = SummitBackupWriter.Write(ReadBack(first));

        // Assert
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(again));
    }

    [Fact]
    public void ABackupKeepsLettersReadableAndHasNoCarriageReturns()
    {
        // Act
        var text = Encoding.UTF8.GetString(SummitBackupWriter.Write(Event()));

        // Assert
        Assert.Contains("Zürich, 東京", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"format\":\"summit-backup\",\"version\":2,\"event\":{\"name\":\"X\",\"timeZone\":\"UTC\"}}", "written by a newer Summit (backup version 2)")]
    [InlineData("{\"format\":\"summit-backup\",\"event\":{\"name\":\"X\",\"timeZone\":\"UTC\"}}", "no version number")]
    [InlineData("{\"format\":\"summit-backup\",\"version\":1,\"event\":{\"name\":\"X\"}}", "no event with a name and a time zone")]
    [InlineData("{\"format\":\"summit-backup\",\"version\":1,\"event\":", "not valid JSON")]
    public void ABackupThatCannotBeImportedIsRefusedWithTheReason(string json, string reason)
    {
        // Act
        var read = ScheduleFileReader.Read(Encoding.UTF8.GetBytes(json), "backup.json", new ImportLimits());

        // Assert
        Assert.True(read.IsRefused);
        Assert.Contains(reason, read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ABackupNestedDeeperThanTheLimitIsRefused()
    {
        // Arrange
        var json = "{\"format\":\"summit-backup\",\"version\":1,\"x\":" + new string('[', 200) + new string(']', 200) + "}";

        // Act
        var read = ScheduleFileReader.Read(Encoding.UTF8.GetBytes(json), null, new ImportLimits { MaxDepth = 64 });

        // Assert
        Assert.True(read.IsRefused);
        Assert.Contains("nests deeper than 64 levels", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ABackupWithMoreSessionsThanTheLimitIsRefused()
    {
        // Arrange
        var document = Event() with { Sessions = [.. Enumerable.Range(0, 3).Select(i => new ImportSession($"S{i}") { Slug = $"s{i}" })] };

        // Act
        var read = ScheduleFileReader.Read(SummitBackupWriter.Write(document), null, new ImportLimits { MaxSessions = 2 });

        // Assert
        Assert.Contains("holds 3 sessions; an import takes at most 2", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void PartsThatCannotBeUnderstoodAreLeftOutAndListedWithTheirPath()
    {
        // Arrange
        const string json = """
            {"format":"summit-backup","version":1,
             "event":{"name":"X","timeZone":"UTC","publishMode":"sometimes"},
             "days":[{"date":"15/10/2012"},{"date":"2012-10-16","slots":[{"start":"10:00","end":"09:00"}]}],
             "rooms":[{"slug":"a"}],
             "people":[{"slug":"ada","name":"Ada"}],
             "sessions":[
               {"title":"Kept","slug":"kept","kind":"huge","day":"2012-10-16","start":"09:00","room":"a",
                "leads":[{"person":"ada"},{"person":"ghost","tentative":true}]},
               {"slug":"untitled"}]}
            """;

        // Act
        var read = ScheduleFileReader.Read(Encoding.UTF8.GetBytes(json), null, new ImportLimits());

        // Assert
        var document = read.Document!;
        Assert.Equal([new DateOnly(2012, 10, 16)], document.Days.Select(d => d.Date));
        Assert.Empty(document.Days[0].Slots);
        Assert.Empty(document.Rooms);
        var kept = Assert.Single(document.Sessions);
        Assert.Equal((SessionKind.Regular, (DateOnly?)null), (kept.Kind, kept.Day));
        Assert.Equal(["Ada"], kept.Leads.Select(l => l.Name));
        Assert.Null(document.Event!.PublishMode);
        Assert.Equal(
            ["$.event.publishMode", "$.days[0]", "$.days[1].slots[0]", "$.rooms[0]", "$.sessions[0].kind", "$.sessions[0].leads[1]", "$.sessions[0]", "$.sessions[1]"],
            document.Skipped.Select(i => i.Where));
        Assert.Contains("“ghost”, who is not among the backup's people", document.Skipped[5].Message, StringComparison.Ordinal);
        Assert.Contains("imported unscheduled", document.Skipped[6].Message, StringComparison.Ordinal);
    }
}
