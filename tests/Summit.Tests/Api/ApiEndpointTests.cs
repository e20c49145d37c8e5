using System.Net;
using System.Text.Json;

namespace Summit.Tests.Api;

/// <summary>Every endpoint's answer on the seeded Windsor BC schedule. The class shares one app that its tests only read.</summary>
public sealed class ApiEndpointTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private const string SplitSession = "quantum-scheduler-quantum-xenserver";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client() => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task EventGivesNameZoneDaysAndTheReleaseServed()
    {
        var json = await Client().GetJsonAsync("/api/v1/event");

        Assert.Equal("OpenStack Summit Fall 2012", json.GetProperty("name").GetString());
        Assert.Equal("Grizzly Design Summit", json.GetProperty("subtitle").GetString());
        Assert.Equal("San Diego", json.GetProperty("venue").GetString());
        Assert.Equal("America/Los_Angeles", json.GetProperty("timeZone").GetString());
        Assert.Equal("2012-10-15", json.GetProperty("firstDay").GetString());
        Assert.Equal("2012-10-18", json.GetProperty("lastDay").GetString());
        Assert.Equal(28, json.GetProperty("sessionCount").GetInt32());
        Assert.True(json.GetProperty("published").GetBoolean());
        Assert.Equal(1, json.GetProperty("release").GetProperty("number").GetInt32());
        Assert.EndsWith("/releases/1", json.GetProperty("release").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task DaysAreInOrderWithTheirSessionsAndSpanInTheEventsOffset()
    {
        var json = await Client().GetJsonAsync("/api/v1/days");

        Assert.Equal(["2012-10-15", "2012-10-16", "2012-10-17", "2012-10-18"], json.Strings("date"));
        var first = json[0];
        Assert.Equal("Monday, October 15", first.GetProperty("label").GetString());
        Assert.Equal("2012-10-15T09:50:00-07:00", first.GetProperty("start").GetString());
        Assert.Equal("2012-10-15T18:00:00-07:00", first.GetProperty("end").GetString());
        Assert.Equal(28, json.EnumerateArray().Sum(d => d.GetProperty("sessionCount").GetInt32()));
        Assert.EndsWith("/api/v1/sessions?day=2012-10-15", first.GetProperty("sessionsUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoomsTracksAndLeadsGiveTheirFilterValuesAndCounts()
    {
        var client = Client();

        var rooms = await client.GetJsonAsync("/api/v1/rooms");
        var tracks = await client.GetJsonAsync("/api/v1/tracks");
        var leads = await client.GetJsonAsync("/api/v1/leads");

        var room = Assert.Single(rooms.EnumerateArray());
        Assert.Equal("windsor-bc", room.GetProperty("slug").GetString());
        Assert.Equal("Windsor BC", room.GetProperty("name").GetString());
        Assert.Equal(28, room.GetProperty("sessionCount").GetInt32());
        Assert.Equal(["quantum", "keystone"], tracks.Strings("slug"));
        Assert.Equal(6, tracks.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "keystone").GetProperty("sessionCount").GetInt32());
        Assert.Contains("youcef", leads.Strings("slug"));
        Assert.EndsWith("/api/v1/sessions?lead=youcef", leads.EnumerateArray().Single(l => l.GetProperty("slug").GetString() == "youcef").GetProperty("sessionsUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionListHasEverySessionInScheduleOrderWithMarkdownOnly()
    {
        var json = await Client().GetJsonAsync("/api/v1/sessions");

        var sessions = json.GetProperty("sessions");
        Assert.Equal(28, json.GetProperty("count").GetInt32());
        Assert.Equal(28, json.GetProperty("total").GetInt32());
        Assert.Equal("", json.GetProperty("filter").GetString());
        Assert.Equal(28, sessions.GetArrayLength());
        var starts = sessions.EnumerateArray().Select(s => DateTimeOffset.Parse(s.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.All(sessions.EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("descriptionHtml").ValueKind));
        Assert.All(sessions.EnumerateArray(), s => Assert.EndsWith($"/sessions/{s.GetProperty("slug").GetString()}", s.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SessionListTakesTheFiltersOfTheSchedulePage()
    {
        var json = await Client().GetJsonAsync("/api/v1/sessions?room=windsor-bc&track=keystone&day=2012-10-18");

        Assert.Equal("?room=windsor-bc&day=2012-10-18&track=keystone", json.GetProperty("filter").GetString());
        Assert.Equal(6, json.GetProperty("count").GetInt32());
        Assert.All(json.GetProperty("sessions").EnumerateArray(), s =>
        {
            Assert.Equal("keystone", s.GetProperty("track").GetProperty("slug").GetString());
            Assert.Equal("2012-10-18", s.GetProperty("day").GetString());
        });
    }

    [Fact]
    public async Task SeveralValuesOfOneFilterAreAlternatives()
    {
        var json = await Client().GetJsonAsync("/api/v1/sessions?kind=split&kind=half");

        var kinds = json.GetProperty("sessions").Strings("kind").Distinct().Order().ToList();
        Assert.Equal(["half", "split"], kinds);
    }

    [Fact]
    public async Task TextSearchAndLeadFilterFindTheSessionsTheyName()
    {
        var client = Client();

        var byText = await client.GetJsonAsync("/api/v1/sessions?q=xenserver");
        var byLead = await client.GetJsonAsync("/api/v1/sessions?lead=youcef");

        Assert.Contains(SplitSession, byText.GetProperty("sessions").Strings("slug"));
        Assert.Contains("lbaas-2-tenant-apis", byLead.GetProperty("sessions").Strings("slug"));
    }

    [Fact]
    public async Task UnknownParametersAreIgnoredAsOnTheSchedulePage()
    {
        var json = await Client().GetJsonAsync("/api/v1/sessions?utm_source=newsletter&track=keystone");

        Assert.Equal(6, json.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task DayAllIsEveryDay()
    {
        var json = await Client().GetJsonAsync("/api/v1/sessions?day=all");

        Assert.Equal(28, json.GetProperty("count").GetInt32());
        Assert.Equal("", json.GetProperty("filter").GetString());
    }

    [Theory]
    [InlineData("/api/v1/sessions?track=nonesuch", "track", "There is no track “nonesuch”.")]
    [InlineData("/api/v1/sessions?day=2012-13-40", "day", "is not a date")]
    [InlineData("/api/v1/sessions?day=2013-01-01", "day", "The event has no day")]
    [InlineData("/api/v1/sessions?kind=keynote", "kind", "There is no session kind “keynote”")]
    [InlineData("/api/v1/sessions?status=maybe", "status", "There is no status “maybe”")]
    [InlineData("/api/v1/sessions?leadwanted=yes", "leadwanted", "use leadwanted=true")]
    public async Task AFilterValueItCannotApplyIsABadRequestProblemSayingWhy(string path, string parameter, string message)
    {
        var response = await Client().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiJsonReader.ReadAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchTooLongIsABadRequestNotAServerError()
    {
        var response = await Client().GetAsync("/api/v1/sessions?q=" + new string('a', 5000), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ASplitSessionCarriesItsSubjectsInOrderWithMarkdownAndHtml()
    {
        var json = await Client().GetJsonAsync($"/api/v1/sessions/{SplitSession}");

        Assert.Equal(SplitSession, json.GetProperty("slug").GetString());
        Assert.Equal("split", json.GetProperty("kind").GetString());
        Assert.Equal("confirmed", json.GetProperty("status").GetString());
        Assert.Equal("2012-10-15T15:40:00-07:00", json.GetProperty("start").GetString());
        Assert.Equal("2012-10-15T16:20:00-07:00", json.GetProperty("end").GetString());
        Assert.Equal("windsor-bc", json.GetProperty("room").GetProperty("slug").GetString());
        Assert.Equal("quantum", json.GetProperty("track").GetProperty("slug").GetString());
        Assert.True(Guid.TryParse(json.GetProperty("uid").GetString(), out _));
        Assert.Equal(0, json.GetProperty("revision").GetInt32());
        Assert.Equal("2012-10-12T00:00:00Z", json.GetProperty("lastModified").GetString());
        var subjects = json.GetProperty("subjects");
        Assert.Equal(["Quantum Scheduler", "Quantum and XenAPI / XenServer"], subjects.Strings("title"));
        Assert.Contains("- HA support", subjects[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("<li>HA support</li>", subjects[0].GetProperty("descriptionHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATentativeLeadIsMarkedTentative()
    {
        var json = await Client().GetJsonAsync("/api/v1/sessions/lbaas-2-tenant-apis");

        var lead = Assert.Single(json.GetProperty("leads").EnumerateArray());
        Assert.Equal("youcef", lead.GetProperty("slug").GetString());
        Assert.Equal("Youcef", lead.GetProperty("name").GetString());
        Assert.True(lead.GetProperty("tentative").GetBoolean());
        Assert.False(json.GetProperty("leadWanted").GetBoolean());
    }

    [Fact]
    public async Task AnUnknownSessionIsANotFoundProblem()
    {
        var response = await Client().GetAsync("/api/v1/sessions/no-such-session", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiJsonReader.ReadAsync(response);
        Assert.Equal("There is no session “no-such-session”.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAddressUnderTheApiThatDoesNotExistIsANotFoundProblemNotThePage()
    {
        var response = await Client().GetAsync("/api/v1/speakers", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HeadAnswersWithoutABody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/v1/sessions");

        var response = await Client().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.NotNull(response.Headers.ETag);
    }
}
