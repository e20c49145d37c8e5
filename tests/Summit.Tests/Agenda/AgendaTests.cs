using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Agenda;
using Summit.Web.Agenda;
using Summit.Data;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Agenda;

/// <summary>
/// The class shares one app: each test's agenda is its own (a new cookie). Tests that add sessions to the schedule
/// start an app of their own.
/// </summary>
public sealed class AgendaTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient NewBrowser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> StarAsync(HttpClient client, string slug, bool starred = true, string site = "same-origin", bool json = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agenda/star")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["session"] = slug,
                ["starred"] = starred ? "true" : "false",
                ["return"] = "/?track=quantum#" + slug,
            }),
        };
        request.Headers.Add("Sec-Fetch-Site", site);
        if (json)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        return await client.SendAsync(request, Ct);
    }

    private static string AgendaTokenOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("summit_agenda=", StringComparison.Ordinal)).Split(';')[0]["summit_agenda=".Length..];

    [Fact]
    public async Task FirstStarCreatesAnAgendaInAnHttpOnlyLaxCookie()
    {
        // Act
        var response = await StarAsync(NewBrowser(), "pki-future");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/agenda/starred?session=pki-future&starred=true&return=%2F%3Ftrack%3Dquantum%23pki-future", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(AgendaToken.IsWellFormed(AgendaTokenOf(response)));
    }

    [Fact]
    public async Task StarredSessionsShowOnTheAgendaPage()
    {
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");
        await StarAsync(browser, "keystone-internals");
        await StarAsync(browser, "quantum-api-improvements");

        var page = await browser.GetAsync("/agenda", Ct);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));

        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("3 sessions", html);
        Assert.Contains("PKI Future", html);
        Assert.Contains("Keystone Internals", html);
        Assert.Contains("Quantum API improvements", html);
        Assert.Contains("aria-label=\"Remove from my agenda\"", html);
    }

    [Fact]
    public async Task UnstarRemovesTheSession()
    {
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");
        await StarAsync(browser, "keystone-internals");

        var response = await StarAsync(browser, "pki-future", starred: false, json: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<StarState>(Ct))!.Starred);
        var state = await browser.GetFromJsonAsync<AgendaState>("/agenda/state", Ct);
        Assert.Equal(["keystone-internals"], state!.Starred);
    }

    [Fact]
    public async Task StateEndpointIsPersonalAndUncached()
    {
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");

        var response = await browser.GetAsync("/agenda/state", Ct);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(["pki-future"], (await response.Content.ReadFromJsonAsync<AgendaState>(Ct))!.Starred);
        Assert.Empty((await NewBrowser().GetFromJsonAsync<AgendaState>("/agenda/state", Ct))!.Starred);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task CrossSitePostsAreRefused(string site)
    {
        var response = await StarAsync(NewBrowser(), "pki-future", site: site);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task PostFromAnotherOriginWithoutFetchMetadataIsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agenda/star")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["session"] = "pki-future", ["starred"] = "true" }),
        };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await NewBrowser().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UnknownSessionIsA404WithAReason()
    {
        var response = await StarAsync(NewBrowser(), "no-such-session", json: true);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no session “no-such-session”.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    public async Task MalformedStarFormIsA400(string starred)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agenda/star")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["session"] = "pki-future", ["starred"] = starred }),
        };

        var response = await NewBrowser().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PersonalFeedHoldsTheStarredSessions()
    {
        var browser = NewBrowser();
        var token = AgendaTokenOf(await StarAsync(browser, "pki-future"));
        await StarAsync(browser, "keystone-internals");

        var response = await NewBrowser().GetAsync($"/agenda/{token}/calendar.ics?download=true", Ct);
        var parsed = IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;

        Assert.Equal(["Keystone Internals", "PKI Future"], parsed.Events.Select(e => e.Summary).Order());
        Assert.Equal("my-agenda.ics", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("private", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AgendaPageOffersWebcalGoogleAndDownload()
    {
        var browser = NewBrowser();
        var token = AgendaTokenOf(await StarAsync(browser, "pki-future"));

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/agenda", Ct));

        Assert.Contains($"href=\"webcal://localhost/agenda/{token}/calendar.ics\"", html);
        Assert.Contains($"href=\"https://calendar.google.com/calendar/render?cid={Uri.EscapeDataString($"http://localhost/agenda/{token}/calendar.ics")}\"", html);
        Assert.Contains($"href=\"/agenda/{token}/calendar.ics?download=true\"", html);
        Assert.Contains($"http://localhost/agenda/{token}", html);
    }

    [Fact]
    public async Task PrivateLinkOpensTheSameAgendaOnAnotherDevice()
    {
        var laptop = NewBrowser();
        var token = AgendaTokenOf(await StarAsync(laptop, "pki-future"));
        var phone = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await phone.GetStringAsync($"/agenda/{token}", Ct));

        Assert.Contains("PKI Future", html);
        Assert.Equal(["pki-future"], (await phone.GetFromJsonAsync<AgendaState>("/agenda/state", Ct))!.Starred);
    }

    [Fact]
    public async Task ResetIssuesANewTokenAndKillsTheOldLinkAndFeed()
    {
        // Arrange
        var browser = NewBrowser();
        var oldToken = AgendaTokenOf(await StarAsync(browser, "pki-future"));

        // Act
        using var reset = new HttpRequestMessage(HttpMethod.Post, "/agenda/reset");
        reset.Headers.Add("Sec-Fetch-Site", "same-origin");
        var response = await browser.SendAsync(reset, Ct);
        var newToken = AgendaTokenOf(response);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.NotFound, (await NewBrowser().GetAsync($"/agenda/{oldToken}/calendar.ics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await NewBrowser().GetAsync($"/agenda/{oldToken}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await NewBrowser().GetAsync($"/agenda/{newToken}/calendar.ics", Ct)).StatusCode);
        Assert.Equal(["pki-future"], (await browser.GetFromJsonAsync<AgendaState>("/agenda/state", Ct))!.Starred);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("x")]
    [InlineData("%E2%98%83%E2%98%83")]
    public async Task MalformedAndUnknownTokensLookTheSame(string token)
    {
        var response = await NewBrowser().GetAsync($"/agenda/{token}/calendar.ics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no agenda at this address.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OverlappingStarredSessionsAreFlaggedAsClashes()
    {
        // Arrange: the seed has one room, so add a session in a second room overlapping "PKI Future", in an app of its own.
        await using var app = new SummitAppFactory();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var pki = await db.Sessions.SingleAsync(s => s.Slug == "pki-future", Ct);
            var room = new Room { Name = "Emma AB", Slug = "emma-ab", Order = 1 };
            db.Rooms.Add(room);
            db.Sessions.Add(new Session { Slug = "nova-scheduler", Title = "Nova scheduler", Room = room, TimeSlotId = pki.TimeSlotId, LastModifiedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(Ct);
        }

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await StarAsync(browser, "pki-future");
        await StarAsync(browser, "nova-scheduler");

        // Act
        var html = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(await browser.GetStringAsync("/agenda", Ct), "<[^>]+>", ""));

        // Assert
        Assert.Contains("Clashes with Nova scheduler (Emma AB, 11:50am – 12:30pm PDT)", html);
        Assert.Contains("Clashes with PKI Future (Windsor BC, 11:50am – 12:30pm PDT)", html);
    }

    [Fact]
    public async Task SharedPagesCarryNoTokenAndStayCacheable()
    {
        var response = await factory.CreateClient().GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "");
        Assert.Contains("action=\"/agenda/star\"", html);
        Assert.Contains("aria-label=\"Add to my agenda\"", html);
    }

    [Fact]
    public async Task AgendaHoldsAtMostItsLimit()
    {
        // Arrange: an agenda already at the limit, filled with sessions added to an app of its own
        await using var app = new SummitAppFactory();
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = AgendaTokenOf(await StarAsync(browser, "pki-future"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var agenda = await db.Agendas.Include(a => a.Items).SingleAsync(a => a.TokenHash == AgendaToken.Hash(token), Ct);
            var slot = await db.TimeSlots.FirstAsync(Ct);
            for (var i = agenda.Items.Count; i < new AgendaOptions().MaxSessions; i++)
            {
                var room = new Room { Name = $"Overflow {i}", Slug = $"overflow-{i}-{Guid.NewGuid():N}" };
                var session = new Session { Slug = $"filler-{i}-{Guid.NewGuid():N}", Title = "Filler", Room = room, TimeSlotId = slot.Id };
                db.Sessions.Add(session);
                await db.SaveChangesAsync(Ct);
                agenda.Items.Add(new AgendaItem { SessionId = session.Id });
            }

            await db.SaveChangesAsync(Ct);
        }

        // Act
        var response = await StarAsync(browser, "keystone-internals", json: true);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"already holds {new AgendaOptions().MaxSessions} sessions", await response.Content.ReadAsStringAsync(Ct));
    }

    private sealed record StarState(string Session, bool Starred);

    private sealed record AgendaState(IReadOnlyList<string> Starred);
}
