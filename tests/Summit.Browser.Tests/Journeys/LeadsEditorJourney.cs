using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>Adding a lead on a phone, where the suggestions list opens over the page. Nothing is saved.</summary>
public sealed class LeadsEditorJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    [Fact]
    public async Task AddLeadStaysTappableWhileSuggestionsShowOnAPhone()
    {
        // Arrange
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "leads-phone@example.org", Viewport.Phone);
        var page = session.Page;
        await Organizers.OpenSessionAsync(page, "PKI Future");

        // Act: type the start of a known name, so suggestions open under the box
        var box = page.GetByLabel("Add a lead (pick or type a new name)");
        await box.ClickAsync();
        await box.PressSequentiallyAsync("Se");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Serge" })).ToBeVisibleAsync();
        var addLead = page.GetByRole(AriaRole.Button, new() { Name = "Add lead" });
        await Assertions.Expect(addLead).ToBeEnabledAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "leads-phone.png") });

        // Assert: the button is on top where a finger lands, and tapping it adds what was typed
        var onTop = await addLead.EvaluateAsync<bool>("""
            b => { const r = b.getBoundingClientRect(); const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); return !!hit && b.contains(hit); }
            """);
        Assert.True(onTop, "The suggestions cover the Add lead button.");
        await addLead.TapAsync();
        await Assertions.Expect(page.Locator(".lead-row .lead-name")).ToHaveTextAsync(["Se"]);
        session.AssertNoErrors();
    }
}
