using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Data;
using Summit.Web.Caching;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Calendar;

/// <summary>The class shares one app that its tests only read; the test that edits a session starts its own.</summary>
public sealed class CalendarFeedTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<Session>> SessionsInDatabaseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        return await db.Sessions.AsNoTracking().Include(s => s.TimeSlot!).ThenInclude(t => t.Day).Include(s => s.Subjects).ToListAsync(Ct);
    }

    [Fact]
    public async Task WholeScheduleFeedParsesBackToTheDatabase()
    {
        // Arrange
        var client = factory.CreateClient();
        var expected = await SessionsInDatabaseAsync();

        // Act
        var response = await client.GetAsync("/calendar.ics", Ct);
        var parsed = IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;

        // Assert
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(28, parsed.Events.Count);
        foreach (var session in expected)
        {
            var e = Assert.Single(parsed.Events, x => x.Uid == $"{session.Uid:D}@summit");
            Assert.Equal(session.Title, e.Summary);
            Assert.Equal(session.Revision, e.Sequence);
            Assert.Equal("CONFIRMED", e.Status);
            Assert.Equal(ToUtc(session.TimeSlot!.Day!.Date, session.TimeSlot.Start), e.DtStart!.AsUtc);
            Assert.Equal(ToUtc(session.TimeSlot.Day.Date, session.TimeSlot.End), e.DtEnd!.AsUtc);
            Assert.All(session.Subjects, subject => Assert.Contains(subject.Title, e.Description));
        }
    }

    [Fact]
    public async Task IndependentParserAgreesWithTheDatabase()
    {
        var expected = await SessionsInDatabaseAsync();

        var parsed = await IndependentParser.ParseAsync(await factory.CreateClient().GetStringAsync("/calendar.ics", Ct));

        Assert.Null(parsed.Method);
        Assert.Equal(["America/Los_Angeles"], parsed.Timezones);
        Assert.Equal(28, parsed.Events.Count);
        foreach (var session in expected)
        {
            var e = Assert.Single(parsed.Events, x => x.Uid == $"{session.Uid:D}@summit");
            Assert.Equal(session.Title, e.Summary);
            Assert.Equal(ToUtc(session.TimeSlot!.Day!.Date, session.TimeSlot.Start).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), e.Start);
            Assert.Equal("Windsor BC, San Diego", e.Location);
            Assert.All(session.Subjects, subject => Assert.Contains(subject.Title, e.Description));
        }
    }

    [Fact]
    public async Task FilteredFeedIsThatView()
    {
        var parsed = IcalCalendar.Load(await factory.CreateClient().GetStringAsync("/calendar.ics?room=windsor-bc&track=keystone", Ct))!;

        Assert.Equal(6, parsed.Events.Count);
        Assert.All(parsed.Events, e => Assert.Equal(["Keystone"], e.Categories));
        Assert.Equal("OpenStack Summit Fall 2012 · Room: Windsor BC · Track: Keystone", parsed.Properties["X-WR-CALNAME"]?.Value);
    }

    [Fact]
    public async Task AFilteredFeedsNameNeedsNoEscapingSoEveryClientShowsItAsWritten()
    {
        // Thunderbird shows an escaped comma in a calendar's name as "\,".
        var ics = await factory.CreateClient().GetStringAsync("/calendar.ics?room=windsor-bc&track=keystone&day=2012-10-16", Ct);

        var names = ics.Split("\r\n").Where(l => l.StartsWith("NAME:", StringComparison.Ordinal) || l.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, names.Count);
        Assert.All(names, name => Assert.DoesNotContain('\\', name));
    }

    [Fact]
    public async Task SessionFeedHoldsThatSessionAndNamesTheDownload()
    {
        var response = await factory.CreateClient().GetAsync("/sessions/pki-future/calendar.ics", Ct);

        var parsed = IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("PKI Future", Assert.Single(parsed.Events).Summary);
        Assert.Equal("pki-future.ics", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task UnchangedFeedGivesSameBytesAndAnswersConditionalGetWith304()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/calendar.ics?track=quantum", Ct);
        var second = await client.GetAsync("/calendar.ics?track=quantum", Ct);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(Ct), await second.Content.ReadAsByteArrayAsync(Ct));
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/calendar.ics?track=quantum");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(conditional, Ct);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task IfModifiedSinceTheLastChangeAnswers304()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/sessions/keystone-internals/calendar.ics", Ct);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/sessions/keystone-internals/calendar.ics");
        conditional.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional, Ct)).StatusCode);
    }

    [Fact]
    public async Task AnotherSessionsEditLeavesASessionFeedNotModifiedSinceItsOwnLastChange()
    {
        // Arrange: an app of its own, since the edit would change what the other tests read
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        var before = await client.GetAsync("/sessions/pki-future/calendar.ics", Ct);

        // Act: another session changes after this build
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var other = await db.Sessions.SingleAsync(s => s.Slug == "keystone-internals", Ct);
            other.Title = "Keystone internals, revisited";
            other.Revision++;
            other.LastModifiedUtc = AppBuild.TimeUtc.AddHours(1);
            await db.SaveChangesAsync(Ct);
        }

        var unchanged = await GetModifiedSinceAsync(client, "/sessions/pki-future/calendar.ics", before.Content.Headers.LastModified);
        var changed = await GetModifiedSinceAsync(client, "/sessions/keystone-internals/calendar.ics", before.Content.Headers.LastModified);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("SUMMARY:Keystone internals\\, revisited\r\n", await changed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedValidatedBeforeThisBuildIsSentAgain()
    {
        // Arrange: what an earlier build sent as the feed's Last-Modified, the seed's publication time
        var client = factory.CreateClient();
        var earlierBuild = new DateTimeOffset(2012, 10, 12, 0, 0, 0, TimeSpan.Zero);

        // Act
        var response = await GetModifiedSinceAsync(client, "/sessions/pki-future/calendar.ics", earlierBuild);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ConditionalRequest.ToHttpDate(AppBuild.TimeUtc), response.Content.Headers.LastModified);
        Assert.StartsWith($"\"{AppBuild.Id}-", response.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IfNoneMatchDecidesOverIfModifiedSince()
    {
        // Arrange
        var client = factory.CreateClient();
        var first = await client.GetAsync("/sessions/pki-future/calendar.ics", Ct);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/sessions/pki-future/calendar.ics");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"another-version\"", isWeak: true));
        conditional.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        // Act
        var response = await client.SendAsync(conditional, Ct);

        // Assert: RFC 9110 13.1.3, If-Modified-Since is ignored when If-None-Match is sent
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetModifiedSinceAsync(HttpClient client, string path, DateTimeOffset? since)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfModifiedSince = since;
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task AnEditRaisesSequenceAndChangesTheETag()
    {
        // Arrange: an app of its own, since the edit would change what the other tests read
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        var before = await client.GetAsync("/sessions/future-of-dns-in-openstack/calendar.ics", Ct);

        // Act: what an organizer's save does to a session
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == "future-of-dns-in-openstack", Ct);
            session.Title = "Future of DNS in OpenStack";
            session.Revision++;
            session.LastModifiedUtc = new DateTime(2012, 10, 16, 8, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync(Ct);
        }

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/sessions/future-of-dns-in-openstack/calendar.ics");
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(conditional, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        var e = Assert.Single(IcalCalendar.Load(await after.Content.ReadAsStringAsync(Ct))!.Events);
        Assert.Equal(1, e.Sequence);
        Assert.Equal("Future of DNS in OpenStack", e.Summary);
        Assert.Equal(new DateTime(2012, 10, 16, 8, 0, 0, DateTimeKind.Utc), e.LastModified!.AsUtc);
    }

    [Fact]
    public async Task InvalidFilterOfAFeedIsA400WithTheReason()
    {
        var response = await factory.CreateClient().GetAsync("/calendar.ics?room=nowhere", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no room “nowhere”.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task UnknownSessionFeedIs404()
    {
        var response = await factory.CreateClient().GetAsync("/sessions/nope/calendar.ics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SchedulePageOffersItsViewAsACalendar()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/?track=keystone", Ct));

        Assert.Contains("href=\"/calendar.ics?track=keystone\">Add these 6 sessions to my calendar</a>", html);
        Assert.Contains("href=\"webcal://localhost/calendar.ics?track=keystone\"", html);
    }

    private static DateTime ToUtc(DateOnly day, TimeOnly time) => new Summit.Core.Time.EventClock("America/Los_Angeles").ToUtc(day, time);
}
