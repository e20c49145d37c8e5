using System.Text;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Summit.Browser.Tests.Journeys;

/// <summary>The schedule at the venue: a phone's first screen, a printed programme and a light first visit. It only reads.</summary>
public sealed class AtTheVenueJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    private const string BannerText = "Stick around Friday for the first OpenStack service day";

    [Fact]
    public async Task OnAPhoneTheFirstSessionIsOnTheFirstScreenAndTheBannerOpensWithOneTap()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        var page = session.Page;

        // Act
        await page.GotoAsync("/");
        var card = await page.Locator("article.session-card").First.BoundingBoxAsync();

        // Assert: the whole first card is above the fold, the banner's text waits behind one tap
        Assert.NotNull(card);
        Assert.True(card.Y + card.Height < 844, $"The first session ends {card.Y + card.Height}px down a 844px screen.");
        await Assertions.Expect(page.GetByText(BannerText)).ToBeHiddenAsync();
        await page.GetByText("About the event").TapAsync();
        await Assertions.Expect(page.GetByText(BannerText)).ToBeVisibleAsync();
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ThePrintedScheduleHoldsEverySessionAndNoControls()
    {
        // Arrange
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/");
        var titles = await page.Locator("article.session-card .session-title").AllInnerTextsAsync();

        // Act: Chromium prints with print media
        var pdf = await page.PdfAsync(new() { Format = "A4" });

        // Assert
        using var document = PdfDocument.Open(pdf);
        var text = Squeeze(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Equal(28, titles.Count);
        Assert.All(titles, title => Assert.Contains(Squeeze(title), text, StringComparison.Ordinal));
        Assert.All(new[] { "Search sessions", "Apply filters", "Filter by day, track, room, kind or lead", "My agenda" },
            control => Assert.DoesNotContain(Squeeze(control), text, StringComparison.Ordinal));
        Assert.True(document.NumberOfPages >= 4, $"{document.NumberOfPages} pages for four days, each starting a page.");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task AFirstVisitLoadsNeitherMudBlazorNorBlazorsScript()
    {
        // Arrange (the 60 KB budget is held by PublicPageAssetsTests against the app as built, whose static files are
        // precompressed; this server runs in Development, which serves them from the projects as they are)
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, Viewport.Phone);
        var page = session.Page;
        var finished = new List<string>();
        page.RequestFinished += (_, request) => finished.Add(request.Url);

        // Act
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        // Assert
        Assert.Contains(finished, url => url.Contains("/site.", StringComparison.Ordinal));
        Assert.DoesNotContain(finished, url => url.Contains("MudBlazor", StringComparison.Ordinal) || url.Contains("blazor.web", StringComparison.Ordinal));
        session.AssertNoErrors();
    }

    // Text as read from a PDF: words may be split or joined differently and ligatures stand as one character.
    private static string Squeeze(string text) =>
        new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
