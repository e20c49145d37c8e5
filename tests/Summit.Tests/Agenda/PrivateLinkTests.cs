using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Agenda;
using Summit.Web.Agenda;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Agenda;

/// <summary>
/// Opening an agenda's private link on a browser that may already hold an agenda. Every test makes its own
/// agendas, so they share one server.
/// </summary>
public sealed class PrivateLinkTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private HttpClient NewBrowser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser holding an agenda of these sessions, and the agenda's token.</summary>
    private async Task<(HttpClient Browser, string Token)> BrowserWithAgendaAsync(params string[] slugs)
    {
        var browser = NewBrowser();
        var token = TokenOf(await StarAsync(browser, slugs[0]));
        foreach (var slug in slugs.Skip(1))
        {
            await StarAsync(browser, slug);
        }

        return (browser, token);
    }

    /// <summary>The path a redirect leads to, whether its address is written relative or absolute.</summary>
    private static string? PathOf(Uri? location) => location is null ? null : new Uri(new Uri("http://localhost"), location).AbsolutePath;

    private static Task<HttpResponseMessage> ChooseAsync(HttpClient browser, string token, string choice, string site = "same-origin") =>
        PostFormAsync(browser, "/agenda/open", new Dictionary<string, string> { ["token"] = token, ["choice"] = choice }, site);

    [Fact]
    public async Task LinkToAnotherAgendaShowsBothAndReplacesNothing()
    {
        // Arrange
        var (_, laptopToken) = await BrowserWithAgendaAsync("pki-future", "keystone-internals");
        var (phone, _) = await BrowserWithAgendaAsync("quantum-api-improvements");

        // Act
        var response = await NavigateAsync(phone, $"/agenda/{laptopToken}");
        var html = await HtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(SetsAgendaCookie(response));
        Assert.Contains("This link opens an agenda with 2 sessions", html);
        Assert.Contains("Keystone Internals", html);
        Assert.Contains("PKI Future", html);
        Assert.Contains("This browser holds another with 1 session", html);
        Assert.Contains("Quantum API improvements", html);
        Assert.Contains("value=\"switch\"", html);
        Assert.Contains("value=\"keep\"", html);
        Assert.Contains("value=\"merge\"", html);
        Assert.Equal(["quantum-api-improvements"], await StarredAsync(phone));
    }

    [Fact]
    public async Task PrivateLinkPageIsNotCachedAndSendsNoReferrer()
    {
        // Arrange
        var (_, laptopToken) = await BrowserWithAgendaAsync("pki-future");
        var (phone, _) = await BrowserWithAgendaAsync("keystone-internals");

        // Act
        var choice = await NavigateAsync(phone, $"/agenda/{laptopToken}");
        var adopted = await NavigateAsync(NewBrowser(), $"/agenda/{laptopToken}");

        // Assert
        foreach (var response in new[] { choice, adopted })
        {
            Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.StatusCode} is not no-store.");
            Assert.False(response.Headers.CacheControl?.Public);
        }
    }

    [Fact]
    public async Task SwitchingUsesTheLinkedAgendaOnThisBrowser()
    {
        // Arrange
        var (_, laptopToken) = await BrowserWithAgendaAsync("pki-future", "keystone-internals");
        var (phone, _) = await BrowserWithAgendaAsync("quantum-api-improvements");

        // Act
        var response = await ChooseAsync(phone, laptopToken, "switch");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(laptopToken, TokenOf(response));
        Assert.Equal(["keystone-internals", "pki-future"], await StarredAsync(phone));
    }

    [Fact]
    public async Task KeepingMineChangesNeitherAgenda()
    {
        // Arrange
        var (laptop, laptopToken) = await BrowserWithAgendaAsync("pki-future");
        var (phone, _) = await BrowserWithAgendaAsync("quantum-api-improvements");

        // Act
        var response = await ChooseAsync(phone, laptopToken, "keep");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.False(SetsAgendaCookie(response));
        Assert.Equal(["quantum-api-improvements"], await StarredAsync(phone));
        Assert.Equal(["pki-future"], await StarredAsync(laptop));
    }

    [Fact]
    public async Task MergingPutsBothAgendasInTheLinkedOneOnBothDevices()
    {
        // Arrange
        var (laptop, laptopToken) = await BrowserWithAgendaAsync("pki-future", "keystone-internals");
        var (phone, _) = await BrowserWithAgendaAsync("quantum-api-improvements", "pki-future");

        // Act
        var response = await ChooseAsync(phone, laptopToken, "merge");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(laptopToken, TokenOf(response));
        Assert.Equal(["keystone-internals", "pki-future", "quantum-api-improvements"], await StarredAsync(phone));
        Assert.Equal(["keystone-internals", "pki-future", "quantum-api-improvements"], await StarredAsync(laptop));
    }

    [Theory]
    [InlineData("switch")]
    [InlineData("merge")]
    public async Task AnotherSiteCannotMakeTheChoice(string choice)
    {
        // Arrange
        var (laptop, laptopToken) = await BrowserWithAgendaAsync("pki-future");
        var (phone, _) = await BrowserWithAgendaAsync("quantum-api-improvements");

        // Act
        var response = await ChooseAsync(phone, laptopToken, choice, site: "cross-site");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(SetsAgendaCookie(response));
        Assert.Equal(["quantum-api-improvements"], await StarredAsync(phone));
        Assert.Equal(["pki-future"], await StarredAsync(laptop));
    }

    [Fact]
    public async Task AnUnknownChoiceIsA400AndChangesNothing()
    {
        // Arrange
        var (_, laptopToken) = await BrowserWithAgendaAsync("pki-future");
        var (phone, _) = await BrowserWithAgendaAsync("quantum-api-improvements");

        // Act
        var response = await ChooseAsync(phone, laptopToken, "both-please");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("switch, keep or merge", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["quantum-api-improvements"], await StarredAsync(phone));
    }

    [Fact]
    public async Task ALinkFromAnotherSiteNeverReplacesAnAgenda()
    {
        // Arrange
        var (_, laptopToken) = await BrowserWithAgendaAsync("pki-future");
        var (phone, _) = await BrowserWithAgendaAsync("quantum-api-improvements");

        // Act
        var response = await NavigateAsync(phone, $"/agenda/{laptopToken}", site: "cross-site");

        // Assert
        Assert.False(SetsAgendaCookie(response));
        Assert.Equal(["quantum-api-improvements"], await StarredAsync(phone));
    }

    [Fact]
    public async Task ALinkFromAnotherSiteAsksBeforeOpeningOnABrowserWithoutAnAgenda()
    {
        // Arrange
        var (_, laptopToken) = await BrowserWithAgendaAsync("pki-future");
        var phone = NewBrowser();

        // Act
        var response = await NavigateAsync(phone, $"/agenda/{laptopToken}", site: "cross-site");
        var html = await HtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(SetsAgendaCookie(response));
        Assert.Contains("This link opens an agenda with 1 session", html);
        Assert.Contains("Open it on this browser", html);
        Assert.Empty(await StarredAsync(phone));
    }

    [Fact]
    public async Task ALinkOpenedHereIsAdoptedByABrowserWhoseAgendaIsEmpty()
    {
        // Arrange: the phone starred a session and took it back
        var (_, laptopToken) = await BrowserWithAgendaAsync("pki-future");
        var (phone, _) = await BrowserWithAgendaAsync("keystone-internals");
        await StarAsync(phone, "keystone-internals", starred: false);

        // Act
        var response = await NavigateAsync(phone, $"/agenda/{laptopToken}");

        // Assert
        Assert.Equal("/agenda", PathOf(response.Headers.Location));
        Assert.Equal(laptopToken, TokenOf(response));
        Assert.Equal(["pki-future"], await StarredAsync(phone));
    }

    [Fact]
    public async Task ItsOwnLinkJustShowsTheAgenda()
    {
        // Arrange
        var (laptop, laptopToken) = await BrowserWithAgendaAsync("pki-future");

        // Act
        var response = await NavigateAsync(laptop, $"/agenda/{laptopToken}", site: "cross-site");

        // Assert
        Assert.Equal("/agenda", PathOf(response.Headers.Location));
        Assert.Equal(["pki-future"], await StarredAsync(laptop));
    }

    [Fact]
    public async Task AnUnknownLinkIsA404ThatKeepsItsAddressToItself()
    {
        // Act
        var response = await NavigateAsync(NewBrowser(), "/agenda/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task MergingBeyondTheLimitIsNotOfferedAndIsRefusedWithAReason()
    {
        // Arrange: its own server, since it adds sessions; a linked agenda already at the limit, a phone with another session
        await using var crowded = new SummitAppFactory();
        var linkedToken = AgendaToken.Create();
        await using (var scope = crowded.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var slot = await db.TimeSlots.FirstAsync(TestContext.Current.CancellationToken);
            var fillers = Enumerable.Range(0, new AgendaOptions().MaxSessions)
                .Select(i => new Session { Slug = $"filler-{i}", Title = $"Filler {i}", Room = new Room { Name = $"Overflow {i}", Slug = $"overflow-{i}" }, TimeSlotId = slot.Id })
                .ToList();
            db.Sessions.AddRange(fillers);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            db.Agendas.Add(new PersonalAgenda
            {
                TokenHash = AgendaToken.Hash(linkedToken),
                Items = [.. fillers.Select(f => new AgendaItem { SessionId = f.Id })],
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var phone = crowded.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await StarAsync(phone, "pki-future");

        // Act
        var page = await HtmlAsync(await NavigateAsync(phone, $"/agenda/{linkedToken}"));
        var merge = await ChooseAsync(phone, linkedToken, "merge");

        // Assert
        Assert.DoesNotContain("value=\"merge\"", page);
        Assert.Contains($"The two cannot be merged: together they hold more than {new AgendaOptions().MaxSessions} sessions", page);
        Assert.Equal(HttpStatusCode.Conflict, merge.StatusCode);
        Assert.Contains("Switch or keep yours instead.", await merge.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(SetsAgendaCookie(merge));
        Assert.Equal(["pki-future"], await StarredAsync(phone));
    }
}
