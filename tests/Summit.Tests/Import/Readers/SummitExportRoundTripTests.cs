using Summit.Core.Generation;
using Summit.Core.Import;
using Summit.Core.OpenData;
using Summit.Core.Time;

namespace Summit.Tests.Import.Readers;

/// <summary>Summit's own schedule.json and schedule.xml, read back, give every session as it was published.</summary>
public sealed class SummitExportRoundTripTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private static readonly Uri Site = new("https://summit.example.org/");

    private static ScheduleExport Export(PublishedSchedule schedule) =>
        ScheduleExportBuilder.Build(schedule, schedule.Sessions, new EventClock(schedule.Event.TimeZoneId), "3", Site);

    public static TheoryData<string> Formats => ["json", "xml"];

    private static ImportDocument ReadBack(PublishedSchedule schedule, string format)
    {
        var export = Export(schedule);
        var bytes = format == "json" ? ScheduleJsonWriter.WriteUtf8(export) : ScheduleXmlWriter.WriteUtf8(export);
        var read = ScheduleFileReader.Read(bytes, "schedule." + format, new ImportLimits());
        Assert.Null(read.Refusal);
        return read.Document!;
    }

    private static void AssertSameSessions(PublishedSchedule schedule, ImportDocument document)
    {
        Assert.Equal(schedule.Sessions.Count, document.Sessions.Count);
        var byGuid = document.Sessions.ToDictionary(s => s.Guid!.Value);
        foreach (var s in schedule.Sessions)
        {
            var read = byGuid[s.Uid];
            Assert.Equal(
                (s.Slug, s.Title, s.Description.Trim(), s.Kind, s.Status, s.LeadWanted),
                (read.Slug, read.Title, read.Description, read.Kind, read.Status, read.LeadWanted));
            Assert.Equal((s.Day, s.Start, s.End, s.Room.Name, s.Track?.Name), (read.Day!.Value, read.Start!.Value, read.End!.Value, read.Room, read.Track));
            Assert.Equal(s.Leads.Select(l => new ImportLead(l.Name, l.IsTentative)), read.Leads);
            Assert.Equal(s.Subjects.Select(j => new ImportSubject(j.Title, j.Description.Trim())), read.Subjects);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheSeedScheduleReadsBackAsPublished(string format)
    {
        // Act
        var document = ReadBack(seed.Schedule, format);

        // Assert
        Assert.Empty(document.Skipped);
        Assert.Equal((seed.Schedule.Event.Name, seed.Schedule.Event.TimeZoneId), (document.Event!.Name, document.Event.TimeZoneId));
        AssertSameSessions(seed.Schedule, document);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AGeneratedScheduleReadsBackAsPublished(string format)
    {
        // Arrange: generated sessions have every kind, status, tentative leads and subjects; every seventh wants a lead.
        var generated = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 400, Rooms: 8, Days: 3));
        var schedule = generated with { Sessions = [.. generated.Sessions.Select((s, i) => i % 7 == 0 ? s with { LeadWanted = true } : s)] };
        Assert.Contains(schedule.Sessions, s => s.Kind == SessionKind.Split && s.Subjects.Count >= 2);
        Assert.Contains(schedule.Sessions, s => s.Status == SessionStatus.Cancelled);
        Assert.Contains(schedule.Sessions, s => s.Status == SessionStatus.Tentative && s.LeadWanted);
        Assert.Contains(schedule.Sessions, s => s.Leads.Any(l => l.IsTentative));

        // Act
        var document = ReadBack(schedule, format);

        // Assert
        Assert.Empty(document.Skipped);
        AssertSameSessions(schedule, document);
        Assert.Equal(schedule.Rooms.Select(r => r.Name), document.Rooms.Select(r => r.Name));
        Assert.Equal(schedule.Tracks.Select(t => t.Name), document.Tracks.Select(t => t.Name));
    }

    [Fact]
    public void ATwoThousandSessionScheduleJsonIsReadWhole()
    {
        // Arrange: the size the issue measures an import at.
        var schedule = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 2000, Rooms: 25, Days: 4));
        var bytes = ScheduleJsonWriter.WriteUtf8(Export(schedule));

        // Act
        var read = ScheduleFileReader.Read(bytes, "schedule.json", new ImportLimits());

        // Assert
        Assert.Equal(2000, read.Document!.Sessions.Count);
        Assert.Empty(read.Document.Skipped);
    }
}
