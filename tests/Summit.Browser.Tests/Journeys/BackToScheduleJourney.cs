using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>"Back to the schedule" returns to the session's card, in sight below the sticky day heading. It only reads.</summary>
public sealed class BackToScheduleJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task BackToTheScheduleShowsTheSessionsCardBelowTheStickyDayHeading(Viewport viewport)
    {
        // Arrange: a session far enough down the schedule that going back must scroll to it
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        var page = session.Page;
        await page.GotoAsync("/");
        var slug = await page.Locator("article.session-card").Nth(13).GetAttributeAsync("id");
        await page.GotoAsync($"/sessions/{slug}");

        // Act
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the schedule" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/#{Regex.Escape(slug!)}$"));
        var card = page.Locator($"article[id='{slug}']");
        await Assertions.Expect(card).ToBeInViewportAsync();
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        var edges = await page.EvaluateAsync<double[]>(
            """
            id => {
                const card = document.getElementById(id);
                const heading = card.closest('section').querySelector('.day-heading');
                return [card.getBoundingClientRect().top, heading.getBoundingClientRect().bottom, window.scrollY];
            }
            """,
            slug);

        // Assert
        var (cardTop, headingBottom, scrolled) = (edges[0], edges[1], edges[2]);
        Assert.True(cardTop >= headingBottom,
            $"The card's top is at {cardTop:0}px, under the sticky day heading, which ends at {headingBottom:0}px (scrolled {scrolled:0}px).");
        session.AssertNoErrors();
    }
}
