using System.Text.Json;
using Summit.Core.Calendar;
using Summit.Core.Filtering;
using Summit.Core.Generation;
using Summit.Core.OpenData;
using Summit.Core.Time;

namespace Summit.Tests.OpenData;

/// <summary>The exports made from a schedule, without a server: what apps read, and that the schemas accept it.</summary>
public sealed class ScheduleExportTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private static readonly Uri Site = new("https://summit.example.org/");

    // Generated once for the class: the same options always give the same schedule.
    private static readonly Lazy<PublishedSchedule> Generated = new(() => ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 2000, Rooms: 25, Days: 4)));

    private static ScheduleExport Export(PublishedSchedule schedule, IReadOnlyList<ScheduledSession>? sessions = null) =>
        ScheduleExportBuilder.Build(schedule, sessions ?? schedule.Sessions, new EventClock(schedule.Event.TimeZoneId), "3", Site, Site + "schedule.json");

    private static JsonDocument Json(ScheduleExport export) => JsonDocument.Parse(ScheduleJsonWriter.WriteUtf8(export));

    private static PublishedSchedule ScheduleOf(params ScheduledSession[] sessions) => new(
        new EventInfo("Design Summit 2026", null, "Hall", "America/Los_Angeles", null, null, null),
        [.. sessions.Select(s => s.Day).Distinct().Order()],
        [.. sessions.Select(s => s.Room).DistinctBy(r => r.Slug)],
        [.. sessions.Where(s => s.Track is not null).Select(s => s.Track!).DistinctBy(t => t.Slug)],
        [.. sessions.SelectMany(s => s.Leads).Select(l => new NamedRef(l.Slug, l.Name)).DistinctBy(p => p.Slug)],
        sessions);

    [Fact]
    public void SeedJsonIsValidAgainstTheSchema()
    {
        ExportSchemas.AssertValidJson(ScheduleJsonWriter.WriteUtf8(Export(seed.Schedule)));
    }

    [Fact]
    public async Task SeedXmlIsValidAgainstTheSchema()
    {
        await ExportSchemas.AssertValidXmlAsync(ScheduleXmlWriter.WriteUtf8(Export(seed.Schedule)));
    }

    [Fact]
    public async Task FilteredSeedExportsAreValidAndHoldOnlyThatTrack()
    {
        // Arrange
        var keystone = seed.Index.Apply(ScheduleFilter.None with { Tracks = ["keystone"] }).Sessions;

        // Act
        var export = Export(seed.Schedule, keystone);
        using var json = Json(export);

        // Assert
        ExportSchemas.AssertValidJson(ScheduleJsonWriter.WriteUtf8(export));
        await ExportSchemas.AssertValidXmlAsync(ScheduleXmlWriter.WriteUtf8(export));
        Assert.Equal(6, ExportReading.Events(json).Count);
        Assert.All(ExportReading.Events(json), e => Assert.Equal("Keystone", e.GetProperty("track").GetString()));
        Assert.Equal(seed.Schedule.Days.Count, ExportReading.Conference(json).GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task SchemaChecksRejectAnExportThatBreaksTheFormat()
    {
        // The checks themselves must be able to fail: an acronym with capitals and an event without its guid.
        var json = System.Text.Encoding.UTF8.GetString(ScheduleJsonWriter.WriteUtf8(Export(seed.Schedule)))
            .Replace("\"openstack_summit_fall_2012\"", "\"OpenStack\"", StringComparison.Ordinal);
        var xml = System.Text.Encoding.UTF8.GetString(ScheduleXmlWriter.WriteUtf8(Export(seed.Schedule)))
            .Replace("<event id=\"", "<event idx=\"", StringComparison.Ordinal);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ExportSchemas.AssertValidJson(System.Text.Encoding.UTF8.GetBytes(json)));
        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => ExportSchemas.AssertValidXmlAsync(System.Text.Encoding.UTF8.GetBytes(xml)));
    }

    [Fact]
    public void GeneratedJsonOf2000SessionsIsValidAgainstTheSchema()
    {
        var bytes = ScheduleJsonWriter.WriteUtf8(Export(Generated.Value));

        ExportSchemas.AssertValidJson(bytes);
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal(2000, ExportReading.Events(json).Count);
    }

    [Fact]
    public async Task GeneratedXmlOf2000SessionsIsValidAgainstTheSchema()
    {
        var bytes = ScheduleXmlWriter.WriteUtf8(Export(Generated.Value));

        await ExportSchemas.AssertValidXmlAsync(bytes);
        Assert.Equal(2000, ExportReading.Events(ExportReading.Xml(bytes)).Count);
    }

    [Fact]
    public async Task FilteredGeneratedExportsAreValid()
    {
        var index = FilterIndex.Build(Generated.Value);
        var oneDay = index.Apply(ScheduleFilter.None with { Days = [new DateOnly(2012, 10, 16)], Kinds = [SessionKind.Split] }).Sessions;

        var export = Export(Generated.Value, oneDay);

        Assert.NotEmpty(oneDay);
        ExportSchemas.AssertValidJson(ScheduleJsonWriter.WriteUtf8(export));
        await ExportSchemas.AssertValidXmlAsync(ScheduleXmlWriter.WriteUtf8(export));
    }

    [Fact]
    public void SplitSessionIsOneEventWithItsSubjectsInOrderAndEveryLead()
    {
        // Arrange
        var split = new SessionBuilder().Titled("Quantum split", "quantum-split").OfKind(SessionKind.Split)
            .WithDescription("Two short talks.")
            .WithSubject("Tenant isolation", "Why *tenants* matter.")
            .WithSubject("L3 agents", "First paragraph.\n\nSecond paragraph.")
            .LedBy("Ann").LedBy("Bob", tentative: true).Build();

        // Act
        using var json = Json(Export(ScheduleOf(split)));
        var e = ExportReading.Event(json, "quantum-split");

        // Assert
        Assert.Equal("split", e.GetProperty("type").GetString());
        Assert.Equal("Two short talks.", e.GetProperty("abstract").GetString());
        Assert.Equal("1. Tenant isolation\n   Why *tenants* matter.\n\n2. L3 agents\n   First paragraph.\n\n   Second paragraph.", e.GetProperty("description").GetString());
        Assert.Equal(["Ann", "Bob (tentative)"], e.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["Ann", "Bob (tentative)"], e.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("public_name").GetString()));
    }

    [Fact]
    public void SplitSessionSubjectsAreInTheXmlDescriptionToo()
    {
        var split = new SessionBuilder().Titled("Quantum split", "quantum-split").OfKind(SessionKind.Split)
            .WithSubject("Tenant isolation", "").WithSubject("L3 agents", "").LedBy("Ann").Build();

        var xml = ExportReading.Xml(ScheduleXmlWriter.WriteUtf8(Export(ScheduleOf(split))));
        var e = ExportReading.Event(xml, split.Uid);

        Assert.Equal("1. Tenant isolation\n\n2. L3 agents", (string?)e.Element("description"));
        Assert.Equal("Ann", (string?)e.Element("persons")!.Element("person"));
    }

    [Fact]
    public void SessionWithoutSubjectsHasNoDescription()
    {
        var plain = new SessionBuilder().Titled("Plain", "plain-session").WithDescription("Just this.").Build();

        using var json = Json(Export(ScheduleOf(plain)));
        var e = ExportReading.Event(json, "plain-session");

        Assert.Equal("regular", e.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("subtitle").ValueKind);
        Assert.False(e.TryGetProperty("do_not_record", out _));
    }

    [Fact]
    public void LeadWantedAndTentativeStatusAreTheSubtitle()
    {
        var wanted = new SessionBuilder().Titled("Wanted", "wanted-lead").WantingALead().Build();
        var tentative = new SessionBuilder().Titled("Maybe", "maybe-session").WithStatus(SessionStatus.Tentative).WantingALead()
            .At(new DateOnly(2012, 10, 15), new TimeOnly(11, 0), new TimeOnly(11, 40)).Build();

        using var json = Json(Export(ScheduleOf(wanted, tentative)));

        Assert.Equal("Lead wanted", ExportReading.Event(json, "wanted-lead").GetProperty("subtitle").GetString());
        Assert.Equal("Tentative · Lead wanted", ExportReading.Event(json, "maybe-session").GetProperty("subtitle").GetString());
    }

    [Fact]
    public async Task CancelledSessionIsTitledSoAndNotToBeRecorded()
    {
        // Arrange
        var cancelled = new SessionBuilder().Titled("Old API", "old-api-talk").WithStatus(SessionStatus.Cancelled).Build();
        var export = Export(ScheduleOf(cancelled));

        // Act
        using var json = Json(export);
        var xmlBytes = ScheduleXmlWriter.WriteUtf8(export);
        var xmlEvent = ExportReading.Event(ExportReading.Xml(xmlBytes), cancelled.Uid);

        // Assert
        var e = ExportReading.Event(json, "old-api-talk");
        Assert.Equal("Cancelled: Old API", e.GetProperty("title").GetString());
        Assert.True(e.GetProperty("do_not_record").GetBoolean());
        Assert.Equal("Cancelled: Old API", (string?)xmlEvent.Element("title"));
        Assert.Equal("true", (string?)xmlEvent.Element("recording")!.Element("optout"));
        await ExportSchemas.AssertValidXmlAsync(xmlBytes);
    }

    [Fact]
    public void EventGuidIsTheSessionsCalendarUidAndItsIdItsOwn()
    {
        var session = seed.Schedule.Sessions[0];

        using var json = Json(Export(seed.Schedule));
        var e = ExportReading.Event(json, session.Slug);

        Assert.Equal(IcsWriter.UidOf(session), e.GetProperty("guid").GetString() + "@summit");
        Assert.Equal(session.Id, e.GetProperty("id").GetInt32());
        Assert.Equal($"https://summit.example.org/sessions/{session.Slug}", e.GetProperty("url").GetString());
    }

    [Fact]
    public void RoomAndPersonGuidsComeFromTheirSlugsAlone()
    {
        var first = new SessionBuilder().Titled("One", "one-session").InRoom("hall-a", "Hall A").LedBy("Ann").Build();
        var renamed = new SessionBuilder().Titled("Two", "two-session").InRoom("hall-a", "Main hall").LedBy("Ann").Build();

        using var a = Json(Export(ScheduleOf(first)));
        using var b = Json(Export(ScheduleOf(renamed)));

        var roomA = ExportReading.Conference(a).GetProperty("rooms")[0].GetProperty("guid").GetString();
        var roomB = ExportReading.Conference(b).GetProperty("rooms")[0].GetProperty("guid").GetString();
        Assert.Equal(roomA, roomB);
        Assert.Equal(ExportGuids.Room("hall-a").ToString("D"), roomA);
        Assert.Equal(
            ExportReading.Event(a, "one-session").GetProperty("persons")[0].GetProperty("guid").GetString(),
            ExportReading.Event(b, "two-session").GetProperty("persons")[0].GetProperty("guid").GetString());
    }

    [Fact]
    public void TimesAreWallClockAtTheVenueWithItsOffset()
    {
        var session = new SessionBuilder().Titled("Morning", "morning-talk")
            .At(new DateOnly(2012, 10, 15), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build();

        using var json = Json(Export(ScheduleOf(session)));
        var e = ExportReading.Event(json, "morning-talk");

        Assert.Equal("2012-10-15T09:50:00-07:00", e.GetProperty("date").GetString());
        Assert.Equal("09:50", e.GetProperty("start").GetString());
        Assert.Equal("00:40", e.GetProperty("duration").GetString());
        Assert.Equal("2012-10-15T10:30:00-07:00", e.GetProperty("end").GetString());
        var day = ExportReading.Conference(json).GetProperty("days")[0];
        Assert.Equal("2012-10-15T09:50:00-07:00", day.GetProperty("day_start").GetString());
        Assert.Equal("2012-10-15T10:30:00-07:00", day.GetProperty("day_end").GetString());
    }

    [Fact]
    public void ConferenceCarriesItsAcronymZoneDaysTracksAndVersion()
    {
        using var json = Json(Export(seed.Schedule));
        var conference = ExportReading.Conference(json);

        Assert.Equal("3", json.RootElement.GetProperty("schedule").GetProperty("version").GetString());
        Assert.Equal("openstack_summit_fall_2012", conference.GetProperty("acronym").GetString());
        Assert.Equal("America/Los_Angeles", conference.GetProperty("time_zone_name").GetString());
        Assert.Equal(seed.Schedule.Days.Count, conference.GetProperty("daysCount").GetInt32());
        Assert.Equal([1, 2, 3, 4], conference.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("index").GetInt32()));
        Assert.Contains(conference.GetProperty("tracks").EnumerateArray(), t => t.GetProperty("name").GetString() == "Keystone" && t.GetProperty("slug").GetString() == "keystone");
    }

    [Theory]
    [InlineData("OpenStack Summit Fall 2012", "openstack_summit_fall_2012")]
    [InlineData("Journées Réseaux", "journees_reseaux")]
    [InlineData("AI", "ai_summit")]
    [InlineData("!!!", "summit")]
    public void AcronymIsALowerCaseFormOfTheName(string name, string acronym)
    {
        Assert.Equal(acronym, ConferenceAcronym.From(name));
    }

    [Fact]
    public async Task CharactersXmlCannotCarryAreReplacedNotFatal()
    {
        var session = new SessionBuilder().Titled("Odd\u0001title", "odd-title").WithDescription("Bell\u0007 and \uD800 alone").Build();

        var bytes = ScheduleXmlWriter.WriteUtf8(Export(ScheduleOf(session)));

        await ExportSchemas.AssertValidXmlAsync(bytes);
        Assert.Equal("Odd\uFFFDtitle", (string?)ExportReading.Event(ExportReading.Xml(bytes), session.Uid).Element("title"));
    }

    [Theory]
    [InlineData("4", null, "4")]
    [InlineData("5", "Final", "5 (Final)")]
    public void VersionIsTheReleaseNumberAndName(string number, string? name, string expected)
    {
        var release = new Summit.Core.Releases.ReleaseInfo(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture), name, "", DateTime.UnixEpoch, "organizer");

        Assert.Equal(expected, ExportVersion.Of(release));
    }
}
