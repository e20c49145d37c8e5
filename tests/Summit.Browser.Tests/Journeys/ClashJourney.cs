using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>Its own server: it adds a second room to the schedule.</summary>
public sealed class ClashJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task OverlappingStarredSessionsShowAClashWarning(Viewport viewport)
    {
        // Arrange: the seed has one room and so no overlaps; add a session in a second room beside "PKI Future".
        var slug = $"nova-cells-{viewport.ToString().ToLowerInvariant()}";
        await server.WithDatabaseAsync(async db =>
        {
            var pki = await db.Sessions.SingleAsync(s => s.Slug == "pki-future");
            var room = await db.Rooms.SingleOrDefaultAsync(r => r.Slug == "emma-ab") ?? new Room { Name = "Emma AB", Slug = "emma-ab", Order = 1 };
            var slot = viewport == Viewport.Desktop ? pki.TimeSlotId : await db.TimeSlots.Where(t => t.Id != pki.TimeSlotId && t.Day!.Date == new DateOnly(2012, 10, 18)).Select(t => t.Id).FirstAsync();
            db.Sessions.Add(new Session { Slug = slug, Title = $"Nova cells ({viewport})", Room = room, TimeSlotId = slot, LastModifiedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var other = viewport == Viewport.Desktop ? "pki-future" : await OverlappedSlugAsync(slug);
        await using var session = await BrowserPage.OpenAsync(browser.Browser, server.BaseAddress, viewport);
        var page = session.Page;

        // Act
        await page.GotoAsync("/?day=2012-10-18");
        foreach (var star in new[] { other, slug })
        {
            await page.Locator($"#{star} .star-button").ClickAsync();
            await Assertions.Expect(page.Locator($"#{star} .star-button")).ToHaveAttributeAsync("aria-pressed", "true");
        }

        await page.GotoAsync("/agenda");

        // Assert
        await Assertions.Expect(page.Locator($"#{slug} .clash-note")).ToContainTextAsync("Clashes with");
        await Assertions.Expect(page.Locator($"#{other} .clash-note")).ToContainTextAsync($"Nova cells ({viewport}) (Emma AB");
        session.AssertNoErrors();
    }

    private async Task<string> OverlappedSlugAsync(string slug)
    {
        var result = "";
        await server.WithDatabaseAsync(async db =>
        {
            var added = await db.Sessions.SingleAsync(s => s.Slug == slug);
            result = await db.Sessions.Where(s => s.TimeSlotId == added.TimeSlotId && s.Slug != slug && s.Room!.Slug == "windsor-bc").Select(s => s.Slug).SingleAsync();
        });
        return result;
    }
}
