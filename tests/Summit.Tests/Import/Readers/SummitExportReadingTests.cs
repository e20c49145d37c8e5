using Summit.Core.Import;

namespace Summit.Tests.Import.Readers;

/// <summary>What Summit's own schedule.json says by convention, where the format has no field for it, is read back.</summary>
public sealed class SummitExportReadingTests
{
    private static ImportSession Read(string slug)
    {
        var read = C3vocJsonReader.Read(ImportFixtures.Bytes("summit-export.json"), new ImportLimits());
        Assert.Null(read.Refusal);
        Assert.Empty(read.Document!.Skipped);
        return Assert.Single(read.Document.Sessions, s => s.Slug == slug);
    }

    [Fact]
    public void TheSlugIsTheLastSegmentOfTheSessionsAddress()
    {
        // Act
        var session = Read("keystone-internals");

        // Assert
        Assert.Equal(Guid.Parse("5d2c1a7e-1111-5aaa-8bbb-000000000001"), session.Guid);
        Assert.Equal((new DateOnly(2012, 10, 15), new TimeOnly(9, 0), new TimeOnly(9, 40)), (session.Day!.Value, session.Start!.Value, session.End!.Value));
    }

    [Fact]
    public void ACancelledTitleIsACancelledSessionWithItsOwnTitle()
    {
        // Act
        var session = Read("keystone-internals");

        // Assert
        Assert.Equal(("Keystone internals", SessionStatus.Cancelled), (session.Title, session.Status));
    }

    [Fact]
    public void ASplitSessionsNumberedSubjectsAreItsSubjects()
    {
        // Act
        var session = Read("lightning-talks");

        // Assert
        Assert.Equal(SessionKind.Split, session.Kind);
        Assert.Equal("Three short talks.", session.Description);
        Assert.Equal(
            [new ImportSubject("Rust in Keystone", "why and how"), new ImportSubject("Token tuning - numbers", "from production\n\nwith graphs"), new ImportSubject("Quotas", "")],
            session.Subjects);
    }

    [Fact]
    public void ATentativeMarkAfterANameIsATentativeLead()
    {
        // Act
        var session = Read("lightning-talks");

        // Assert
        Assert.Equal([new ImportLead("Ann Author", false), new ImportLead("Bob Builder", true)], session.Leads);
    }

    [Fact]
    public void LeadWantedAsTheSubtitleIsLeadWanted()
    {
        // Act
        var session = Read("hallway-track");

        // Assert
        Assert.True(session.LeadWanted);
        Assert.Equal(SessionKind.Half, session.Kind);
        Assert.Equal("Bring questions.", session.Description);
    }

    [Fact]
    public void TentativeAndLeadWantedInTheSubtitleAreBothRead()
    {
        // Act
        var session = Read("roadmap");

        // Assert
        Assert.Equal((SessionStatus.Tentative, true, ""), (session.Status, session.LeadWanted, session.Description));
    }

    [Fact]
    public void AHandWrittenSplitSessionNamesItsSubjectsAfterADash()
    {
        // Arrange: another tool's file, type split, subjects as "n. Title — description".
        var json = """
            {"schedule": {"conference": {"title": "E", "time_zone_name": "UTC", "days": [
              {"date": "2024-03-01", "rooms": {"Hall": [{"title": "Lightning", "type": "split", "date": "2024-03-01T09:00:00Z", "duration": "0:30",
                "description": "Short ones.\n1. Rust — why and how\n2. Ceph – numbers"}]}}]}}}
            """u8.ToArray();

        // Act
        var session = C3vocJsonReader.Read(json, new ImportLimits()).Document!.Sessions[0];

        // Assert
        Assert.Equal(SessionKind.Split, session.Kind);
        Assert.Equal("Short ones.", session.Description);
        Assert.Equal([new ImportSubject("Rust", "why and how"), new ImportSubject("Ceph", "numbers")], session.Subjects);
    }

    [Fact]
    public void ANumberedListInAnotherToolsTalkIsItsText()
    {
        // Arrange
        var json = """
            {"schedule": {"conference": {"title": "E", "time_zone_name": "UTC", "days": [
              {"date": "2024-03-01", "rooms": {"Hall": [{"title": "Talk", "type": "talk", "date": "2024-03-01T09:00:00Z", "duration": "0:30",
                "description": "1. Intro\n2. Demo"}]}}]}}}
            """u8.ToArray();

        // Act
        var session = C3vocJsonReader.Read(json, new ImportLimits()).Document!.Sessions[0];

        // Assert
        Assert.Equal(("1. Intro\n2. Demo", 0), (session.Description, session.Subjects.Count));
    }

    [Fact]
    public void ASplitSessionWithoutNumberedSubjectsIsReadAsRegularAndSaysSo()
    {
        // Arrange
        var json = """
            {"schedule": {"conference": {"title": "E", "time_zone_name": "UTC", "days": [
              {"date": "2024-03-01", "rooms": {"Hall": [{"title": "Mixed bag", "type": "split", "description": "Several things.",
                "date": "2024-03-01T09:00:00Z", "duration": "0:30"}]}}]}}}
            """u8.ToArray();

        // Act
        var document = C3vocJsonReader.Read(json, new ImportLimits()).Document!;

        // Assert
        Assert.Equal((SessionKind.Regular, "Several things."), (document.Sessions[0].Kind, document.Sessions[0].Description));
        Assert.Equal(
            new ImportIssue("$.schedule.conference.days[0].rooms[\"Hall\"][0]", "“Mixed bag” is of type split, but its description does not number two or more subjects (\"1. Title — description\"): it was imported as a regular session."),
            Assert.Single(document.Skipped));
    }
}
