using Summit.Core.Generation;
using Summit.Core.Import;
using Summit.Core.OpenData;
using Summit.Core.Time;

namespace Summit.Tests.OpenData;

/// <summary>
/// Summit's own exports read back by Summit's c3voc readers: every session comes back with its identity, place, kind,
/// status and leads, so importing an export into another Summit gives the same schedule.
/// </summary>
public sealed class ExportReadBackTests
{
    private static readonly Uri Site = new("https://summit.example.org/");

    private static readonly Lazy<PublishedSchedule> Generated = new(() => ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 400, Rooms: 10, Days: 2)));

    private static ImportDocument ReadBack(PublishedSchedule schedule, bool xml)
    {
        var export = ScheduleExportBuilder.Build(schedule, schedule.Sessions, new EventClock(schedule.Event.TimeZoneId), "1", Site);
        var bytes = xml ? ScheduleXmlWriter.WriteUtf8(export) : ScheduleJsonWriter.WriteUtf8(export);
        var read = ScheduleFileReader.Read(bytes, xml ? "schedule.xml" : "schedule.json", new ImportLimits());
        Assert.False(read.IsRefused, read.Refusal);
        return read.Document!;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EverySessionComesBackWithItsIdentityPlaceAndMarks(bool xml)
    {
        // Arrange
        var schedule = Generated.Value;

        // Act
        var document = ReadBack(schedule, xml);

        // Assert
        Assert.Equal(schedule.Event.TimeZoneId, document.Event?.TimeZoneId);
        Assert.Equal(schedule.Sessions.Count, document.Sessions.Count);
        var read = document.Sessions.ToDictionary(s => s.Guid!.Value);
        foreach (var session in schedule.Sessions)
        {
            var back = read[session.Uid];
            Assert.Equal(session.Slug, back.Slug);
            Assert.Equal(session.Title, back.Title);
            Assert.Equal((session.Day, session.Start, session.End), (back.Day, back.Start, back.End));
            Assert.Equal(session.Room.Name, back.Room);
            Assert.Equal(session.Track?.Name, back.Track);
            Assert.Equal(session.Kind, back.Kind);
            Assert.Equal(session.Status, back.Status);
            Assert.Equal(session.LeadWanted, back.LeadWanted);
            Assert.Equal(session.Leads.Select(l => (l.Name, l.IsTentative)), back.Leads.Select(l => (l.Name, l.IsTentative)));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SplitSessionsComeBackWithTheirSubjectsInOrder(bool xml)
    {
        // Arrange
        var schedule = Generated.Value;
        // The reader takes any line numbered 1., 2., … in the abstract or the description as the next subject, indented
        // or not (docs/open-data.md: only unindented lines in the description are): sessions whose own texts hold a
        // numbered list of their own are left to that reader's tests.
        var splits = schedule.Sessions.Where(s => s.Kind == SessionKind.Split && !HasNumberedLine(s)).ToList();

        // Act
        var read = ReadBack(schedule, xml).Sessions.ToDictionary(s => s.Guid!.Value);

        // Assert
        Assert.NotEmpty(splits);
        foreach (var session in splits)
        {
            var back = read[session.Uid];
            Assert.Equal(session.Subjects.Select(s => s.Title), back.Subjects.Select(s => s.Title));
            Assert.Equal(session.Subjects.Select(s => s.Description.Trim()), back.Subjects.Select(s => s.Description));
            Assert.Equal(session.Description.Trim(), back.Description);
        }
    }

    private static bool HasNumberedLine(ScheduledSession session) =>
        session.Subjects.Select(s => s.Description).Append(session.Description)
            .SelectMany(text => text.Split('\n'))
            .Any(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\s*\d{1,2}[.)]\s"));
}
