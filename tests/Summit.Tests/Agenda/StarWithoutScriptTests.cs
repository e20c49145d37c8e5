using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Agenda;

/// <summary>
/// A star pressed without JavaScript: the post lands on a page that says what happened, while the shared pages the
/// stars sit on stay the same for everyone. Every test makes its own agenda, so they share one server.
/// </summary>
public sealed partial class StarWithoutScriptTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient NewBrowser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Presses a star without script and follows the redirect as the browser does.</summary>
    private static async Task<(HttpResponseMessage Landing, string Html)> PressAsync(HttpClient browser, string slug, bool starred, string returnUrl)
    {
        var posted = await StarAsync(browser, slug, starred, returnUrl);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var landing = await NavigateAsync(browser, posted.Headers.Location!.OriginalString, site: "same-origin");
        return (landing, await HtmlAsync(landing));
    }

    private static IReadOnlyDictionary<string, string> UndoFields(string html)
    {
        var form = UndoForm().Match(html);
        Assert.True(form.Success, "The page has no undo form.");
        return HiddenField().Matches(form.Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    [Fact]
    public async Task StarringWithoutScriptSaysWhatWasAddedAndOffersUndoAndTheWayBack()
    {
        // Arrange
        var browser = NewBrowser();

        // Act
        var (landing, html) = await PressAsync(browser, "pki-future", starred: true, "/?track=keystone#pki-future");

        // Assert
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("Added “PKI Future” to your agenda.", html);
        Assert.Equal(new Dictionary<string, string> { ["session"] = "pki-future", ["starred"] = "false", ["return"] = "/?track=keystone#pki-future" }, UndoFields(html));
        Assert.Equal("/?track=keystone#pki-future", BackLink().Match(html).Groups[1].Value);
        Assert.Contains("class=\"to-agenda\" href=\"/agenda\"", html);
        Assert.True(landing.Headers.CacheControl?.NoStore);
        Assert.Equal(["pki-future"], await StarredAsync(browser));
    }

    [Fact]
    public async Task UndoWithoutScriptTakesTheStarBackAndSaysSo()
    {
        // Arrange
        var browser = NewBrowser();
        var (_, added) = await PressAsync(browser, "keystone-internals", starred: true, "/sessions/keystone-internals#keystone-internals");
        var undo = UndoFields(added);

        // Act
        var (_, html) = await PressAsync(browser, undo["session"], undo["starred"] == "true", undo["return"]);

        // Assert
        Assert.Contains("Removed “Keystone Internals” from your agenda.", html);
        Assert.Equal("true", UndoFields(html)["starred"]);
        Assert.Equal("/sessions/keystone-internals#keystone-internals", BackLink().Match(html).Groups[1].Value);
        Assert.Empty(await StarredAsync(browser));
    }

    [Fact]
    public async Task JsonStarsStillAnswerWithTheStateAndNoRedirect()
    {
        // Act
        var response = await StarAsync(NewBrowser(), "pki-future", json: true);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new StarState("pki-future", true), await response.Content.ReadFromJsonAsync<StarState>(Ct));
    }

    [Fact]
    public async Task TheLandingPageStatesTheAgendaAsItIsWhenItsAddressIsStale()
    {
        // Arrange: an address that says "added", for a browser that holds nothing
        var browser = NewBrowser();

        // Act
        var html = await HtmlAsync(await NavigateAsync(browser, "/agenda/starred?session=pki-future&starred=true&return=%2F", site: "same-origin"));

        // Assert
        Assert.DoesNotContain("Added", html);
        Assert.Contains("“PKI Future” is not in your agenda.", html);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task TheWayBackLeadsOnlyToThisSite(string returnUrl)
    {
        // Act
        var (_, html) = await PressAsync(NewBrowser(), "pki-future", starred: true, returnUrl);

        // Assert
        Assert.DoesNotContain("evil.example", html);
        Assert.Equal("/", BackLink().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task AnUnknownSessionOnTheLandingPageIsA404()
    {
        var response = await NavigateAsync(NewBrowser(), "/agenda/starred?session=no-such-session&starred=true", site: "same-origin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ScheduleStarsReturnToThePathAndCanonicalFilterOnly()
    {
        // Act
        var response = await factory.CreateClient().GetAsync("/?utm_source=newsletter&TRACK=Keystone&track=keystone&padding=" + new string('x', 500), Ct);
        var html = await HtmlAsync(response);

        // Assert
        var returns = ReturnField().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, returns.Count);
        Assert.All(returns, r => Assert.Matches("^/\\?track=keystone#[a-z0-9-]+$", r));
    }

    [Fact]
    public async Task SessionPageStarsReturnToTheSessionWithoutItsQuery()
    {
        // Act
        var html = await HtmlAsync(await factory.CreateClient().GetAsync("/sessions/pki-future?ref=mail", Ct));

        // Assert
        Assert.Equal(["/sessions/pki-future#pki-future"], ReturnField().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task SharedPagesStayTheSameForEveryoneAndCacheable()
    {
        // Arrange: a visitor whose agenda holds a session
        var visitor = NewBrowser();
        await StarAsync(visitor, "pki-future");

        // Act
        var response = await visitor.GetAsync("/?track=keystone", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        // Assert
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl is { Public: true, NoStore: false });
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.DoesNotContain("aria-pressed=\"true\"", html);
        Assert.Equal(html, await factory.CreateClient().GetStringAsync("/?track=keystone", Ct));
    }

    private sealed record StarState(string Session, bool Starred);

    [GeneratedRegex("""<form[^>]*class="undo-form[^"]*"[^>]*>.*?</form>""", RegexOptions.Singleline)]
    private static partial Regex UndoForm();

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)" ?/?>""")]
    private static partial Regex HiddenField();

    [GeneratedRegex("""class="back-link" href="([^"]*)"[\s>]""")]
    private static partial Regex BackLink();

    [GeneratedRegex("""name="return" value="([^"]*)"[\s/>]""")]
    private static partial Regex ReturnField();
}
