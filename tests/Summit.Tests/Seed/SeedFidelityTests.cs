using Summit.Web.Schedule;

namespace Summit.Tests.Seed;

public sealed class SeedFidelityTests : IAsyncLifetime
{
    // Lines of the source page that Summit models as structure instead of description text.
    private static readonly HashSet<string> StructuralLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "split session",
        "note: split session.",
        "half-session",
        "This session will include the following subject(s):",
    };

    private TestDatabase _database = null!;
    private PublishedSchedule _schedule = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        _schedule = (await new ScheduleReader(db).ReadAsync(TestContext.Current.CancellationToken))!;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public void SeedHoldsAllTwentyEightSessionsOfTheSourcePageInOrder()
    {
        // Arrange
        var source = SeedPage.Read();

        // Act
        var titles = _schedule.Sessions.Select(s => s.Title).ToList();

        // Assert
        Assert.Equal(28, source.Count);
        Assert.Equal(source.Select(e => e.Title), titles);
    }

    [Fact]
    public void EverySessionKeepsItsDayTimesAndRoom()
    {
        var source = SeedPage.Read();

        foreach (var (entry, session) in source.Zip(_schedule.Sessions))
        {
            Assert.Equal((entry.Title, entry.Day, entry.Start, entry.End, entry.Room),
                (session.Title, session.Day, session.Start, session.End, session.Room.Name));
        }
    }

    [Fact]
    public void EveryWordOfEveryDescriptionAndSubjectIsKeptInOrder()
    {
        var source = SeedPage.Read();

        foreach (var (entry, session) in source.Zip(_schedule.Sessions))
        {
            var sourceText = string.Join('\n', entry.Body.Where(line => !StructuralLines.Contains(line.Trim())));
            var storedText = string.Join('\n', [session.Description, .. session.Subjects.SelectMany(s => new[] { s.Title, s.Description })]);

            Assert.Equal(SeedPage.Words(sourceText), SeedPage.Words(storedText));
        }
    }

    [Fact]
    public void EventKeepsVenueZoneDatesAndBanner()
    {
        var e = _schedule.Event;

        Assert.Equal("America/Los_Angeles", e.TimeZoneId);
        Assert.Equal("San Diego", e.Venue);
        Assert.Equal((new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 18)), (_schedule.FirstDay, _schedule.LastDay));
        Assert.Contains("1/2 day beach cleanup", e.BannerText);
        Assert.Equal("https://openstacksummitfall2012.eventbrite.com", e.BannerLinkUrl);
        Assert.Equal([new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 16), new DateOnly(2012, 10, 17), new DateOnly(2012, 10, 18)], _schedule.Days);
    }

    [Fact]
    public void QuantumRunsMondayToWednesdayAndKeystoneOnThursday()
    {
        var tracksByDay = _schedule.Sessions
            .GroupBy(s => s.Day.DayOfWeek)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Track!.Slug).Distinct().Single());

        Assert.Equal("quantum", tracksByDay[DayOfWeek.Monday]);
        Assert.Equal("quantum", tracksByDay[DayOfWeek.Tuesday]);
        Assert.Equal("quantum", tracksByDay[DayOfWeek.Wednesday]);
        Assert.Equal("keystone", tracksByDay[DayOfWeek.Thursday]);
        Assert.Equal(6, _schedule.Sessions.Count(s => s.Track!.Slug == "keystone"));
    }

    [Fact]
    public void TheSixSplitOrMergedSessionsKeepTheirSubjectsInOrder()
    {
        var withSubjects = _schedule.Sessions
            .Where(s => s.Subjects.Count > 0)
            .ToDictionary(s => s.Title, s => s.Subjects.Select(x => x.Title).ToList());

        Assert.Equal(6, withSubjects.Count);
        Assert.Equal(["Quantum Scheduler", "Quantum and XenAPI / XenServer"], withSubjects["Quantum Scheduler / Quantum + XenServer"]);
        Assert.Equal(["Make IP allocation algorithm pluggable", "Improving IPv6 support"], withSubjects["quantum: improving IPv6 support / pluggable IP allocation"]);
        Assert.Equal(["ARM Support for Quantum", "Newtonian - Network Orchestration Service"], withSubjects["Quantum orchestration / ARM support for Quantum"]);
        Assert.Equal(["Packet Filter API and its drivers", "Firewall API for quantum"], withSubjects["Improving Quantum Firewalling"]);
        Assert.Equal(["LBaaS 4 - Implementation planning"], withSubjects["LBaaS 4 - implementation planning"]);
        Assert.Equal(["Federation"], withSubjects["Policy and Auth Delegation"]);
    }

    [Fact]
    public void SplitAndHalfSessionsAreMarkedAsSuch()
    {
        Assert.Equal(4, _schedule.Sessions.Count(s => s.Kind == SessionKind.Split));
        Assert.Equal("quantum team leadership & summit wrap-up", _schedule.Sessions.Single(s => s.Kind == SessionKind.Half).Title);
        Assert.Equal("quantum-heat-integration", _schedule.Sessions.Single(s => s.OpenForOnDemand).Slug);
    }

    [Fact]
    public void LeadsAreAttachedWithYoucefTentative()
    {
        var leads = _schedule.Sessions
            .SelectMany(s => s.Leads.Select(l => (Session: s.Title, l.Name, l.IsTentative)))
            .ToList();

        Assert.Equal(
            [
                ("Nova/Quantum vif-plugging Interaction", "garyk", false),
                ("quantum + tempest w/gating", "Nachi", false),
                ("LBaaS 2 - Tenant APIs", "Youcef", true),
                ("LBaaS 3 - Provider APIs", "Serge", false),
            ],
            leads);
        Assert.DoesNotContain(_schedule.Sessions, s => s.LeadWanted);
    }

    [Fact]
    public void LinksInDescriptionsSurviveIncludingTheBrokenOne()
    {
        var all = string.Join('\n', _schedule.Sessions.Select(s => s.Description));

        Assert.Contains("https://bugs.launchpad.net/quantum/+bug/1046766", all);
        Assert.Contains("https://blueprints.launchpad.net/keystone/+spec/multi-factor-authn", all);
        Assert.Contains("ttps://github.com/heat-api/heat/wiki/Roadmap-Feature:-VPC-Quantum-mapping", all);
    }
}
