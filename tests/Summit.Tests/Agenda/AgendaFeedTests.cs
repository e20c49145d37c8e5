using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Agenda;
using Summit.Web.Agenda;
using static Summit.Tests.Agenda.AgendaRequests;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Agenda;

/// <summary>
/// The personal feed is kept in memory between polls, and every change to what it shows reaches the next poll at
/// once. Each test makes its own agendas; tests that change the schedule or the database start their own app.
/// </summary>
public sealed class AgendaFeedTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpClient NewBrowser(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient client, string token)
    {
        var response = await client.GetAsync($"/agenda/{token}/calendar.ics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        return [.. feed.Events.Select(e => e.Summary!).Order()];
    }

    [Fact]
    public async Task AStarShowsInTheNextFeedAtOnce()
    {
        // Arrange: the feed has been served (and kept) once.
        var browser = NewBrowser(factory);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        Assert.Equal(["PKI Future"], await TitlesAsync(NewBrowser(factory), token));

        // Act
        await StarAsync(browser, "keystone-internals");

        // Assert
        Assert.Equal(["Keystone Internals", "PKI Future"], await TitlesAsync(NewBrowser(factory), token));
    }

    [Fact]
    public async Task AnUnstarShowsInTheNextFeedAtOnce()
    {
        // Arrange
        var browser = NewBrowser(factory);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        await StarAsync(browser, "keystone-internals");
        Assert.Equal(2, (await TitlesAsync(NewBrowser(factory), token)).Count);

        // Act
        await StarAsync(browser, "pki-future", starred: false);

        // Assert
        Assert.Equal(["Keystone Internals"], await TitlesAsync(NewBrowser(factory), token));
    }

    [Fact]
    public async Task AStarLeavesAnotherAgendasFeedAsItWas()
    {
        // Arrange
        var mine = NewBrowser(factory);
        var myToken = TokenOf(await StarAsync(mine, "pki-future"));
        var theirToken = TokenOf(await StarAsync(NewBrowser(factory), "keystone-internals"));
        var before = await NewBrowser(factory).GetAsync($"/agenda/{theirToken}/calendar.ics", Ct);
        var beforeBody = await before.Content.ReadAsStringAsync(Ct);

        // Act
        await StarAsync(mine, "keystone-internals");

        // Assert
        var after = await NewBrowser(factory).GetAsync($"/agenda/{theirToken}/calendar.ics", Ct);
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(beforeBody, await after.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["Keystone Internals", "PKI Future"], await TitlesAsync(NewBrowser(factory), myToken));
    }

    [Fact]
    public async Task AnUnchangedFeedAnswersItsETagWith304AndAChangedOneWithTheNewFeed()
    {
        // Arrange
        var browser = NewBrowser(factory);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        var first = await NewBrowser(factory).GetAsync($"/agenda/{token}/calendar.ics", Ct);
        var etag = first.Headers.ETag!;

        // Act
        var unchanged = await ConditionalAsync(token, etag);
        await StarAsync(browser, "keystone-internals");
        var changed = await ConditionalAsync(token, etag);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Contains("private", unchanged.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", unchanged.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Keystone Internals", await changed.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task ACalendarAppThatAsksForCompressionGetsTheSameFeedCompressedOnEveryPoll(string coding)
    {
        // Arrange: the feed as a client that takes no compression reads it.
        var browser = NewBrowser(factory);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        var plain = await NewBrowser(factory).GetAsync($"/agenda/{token}/calendar.ics", Ct);
        var text = await plain.Content.ReadAsStringAsync(Ct);

        // Act: two polls, the second answered from the kept feed.
        var polls = new List<HttpResponseMessage>();
        for (var poll = 0; poll < 2; poll++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/agenda/{token}/calendar.ics");
            request.Headers.AcceptEncoding.ParseAdd(coding);
            polls.Add(await NewBrowser(factory).SendAsync(request, Ct));
        }

        // Assert
        Assert.Null(plain.Content.Headers.ContentEncoding.FirstOrDefault());
        foreach (var response in polls)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([coding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(plain.Headers.ETag, response.Headers.ETag);
            var compressed = await response.Content.ReadAsByteArrayAsync(Ct);
            Assert.True(compressed.Length < text.Length, $"{compressed.Length} compressed bytes for {text.Length} characters");
            Assert.Equal(text, Decompress(compressed, coding));
        }
    }

    [Fact]
    public async Task AStarShowsInTheNextCompressedPollAtOnce()
    {
        // Arrange: the compressed feed has been served (and kept) once.
        var browser = NewBrowser(factory);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        Assert.DoesNotContain("Keystone Internals", await GzipPollAsync(token));

        // Act
        await StarAsync(browser, "keystone-internals");

        // Assert
        Assert.Contains("Keystone Internals", await GzipPollAsync(token));
    }

    private async Task<string> GzipPollAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/agenda/{token}/calendar.ics");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await NewBrowser(factory).SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Decompress(await response.Content.ReadAsByteArrayAsync(Ct), "gzip");
    }

    private static string Decompress(byte[] bytes, string coding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = coding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return reader.ReadToEnd();
    }

    private async Task<HttpResponseMessage> ConditionalAsync(string token, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/agenda/{token}/calendar.ics");
        request.Headers.IfNoneMatch.Add(etag);
        return await NewBrowser(factory).SendAsync(request, Ct);
    }

    [Fact]
    public async Task AMergeThroughThePrivateLinkShowsInTheLinkedAgendasFeedAtOnce()
    {
        // Arrange: the laptop's feed has been served; the phone holds another session.
        var laptopToken = TokenOf(await StarAsync(NewBrowser(factory), "pki-future"));
        Assert.Equal(["PKI Future"], await TitlesAsync(NewBrowser(factory), laptopToken));
        var phone = NewBrowser(factory);
        await StarAsync(phone, "keystone-internals");

        // Act
        var merged = await PostFormAsync(phone, "/agenda/open", new Dictionary<string, string> { ["token"] = laptopToken, ["choice"] = "merge" });

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, merged.StatusCode);
        Assert.Equal(["Keystone Internals", "PKI Future"], await TitlesAsync(NewBrowser(factory), laptopToken));
    }

    [Fact]
    public async Task AResetLinkStopsTheFeedItServedBefore()
    {
        // Arrange
        var browser = NewBrowser(factory);
        var oldToken = TokenOf(await StarAsync(browser, "pki-future"));
        Assert.Equal(["PKI Future"], await TitlesAsync(NewBrowser(factory), oldToken));

        // Act
        using var reset = new HttpRequestMessage(HttpMethod.Post, "/agenda/reset");
        reset.Headers.Add("Sec-Fetch-Site", "same-origin");
        var newToken = TokenOf(await browser.SendAsync(reset, Ct));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, (await NewBrowser(factory).GetAsync($"/agenda/{oldToken}/calendar.ics", Ct)).StatusCode);
        Assert.Equal(["PKI Future"], await TitlesAsync(NewBrowser(factory), newToken));
    }

    [Fact]
    public async Task AScheduleChangeShowsInThePersonalFeed()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var token = TokenOf(await StarAsync(NewBrowser(app), "pki-future"));
        Assert.Equal(["PKI Future"], await TitlesAsync(NewBrowser(app), token));

        // Act: an organizer renames the session.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == "pki-future", Ct);
            session.Title = "PKI Futures";
            session.Version = Guid.NewGuid();
            await db.SaveChangesAsync(Ct);
        }

        // Assert
        Assert.Equal(["PKI Futures"], await TitlesAsync(NewBrowser(app), token));
    }

    [Fact]
    public async Task AnAgendaRemovedAsEmptyHasNoFeedAnyMore()
    {
        // Arrange: an agenda emptied again, its (empty) feed served, then found empty for longer than the lifetime.
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        await using var app = new SummitAppFactory();
        await using var zeroLifetime = app.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Configure<AgendaOptions>(o => o.EmptyAgendaLifetime = TimeSpan.FromMinutes(1));
        }));
        var browser = NewBrowser(zeroLifetime);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        await StarAsync(browser, "pki-future", starred: false);
        Assert.Empty(await TitlesAsync(NewBrowser(zeroLifetime), token));
        clock.Now += TimeSpan.FromMinutes(2);

        // Act
        await zeroLifetime.Services.GetRequiredService<EmptyAgendaCleanup>().RemoveEmptyAgendasAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, (await NewBrowser(zeroLifetime).GetAsync($"/agenda/{token}/calendar.ics", Ct)).StatusCode);
    }

    [Fact]
    public async Task AFeedPolledAgainIsAnsweredWithoutReadingTheAgendaAgain()
    {
        // Arrange: the feed is served once, then the agendas table becomes unreadable behind the app's back.
        await using var app = new SummitAppFactory();
        var token = TokenOf(await StarAsync(NewBrowser(app), "pki-future"));
        Assert.Equal(["PKI Future"], await TitlesAsync(NewBrowser(app), token));
        await app.Database.RenameTableAsync<PersonalAgenda>("AgendasGone", Ct);

        // Act
        var titles = await TitlesAsync(NewBrowser(app), token);

        // Assert
        Assert.Equal(["PKI Future"], titles);
    }

    /// <summary>The time the app reads, moved on by the test: the empty-agenda lifetime is at least a minute.</summary>
    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
