using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>The organizer header on a phone: every way out of a page is whole and big enough to tap.</summary>
public sealed class OrganizerHeaderJourney(BrowserFixture browser, SummitServer server) : IClassFixture<SummitServer>
{
    /// <summary>The smallest touch target WCAG 2.5.5 and the platforms' guidelines ask for, in CSS pixels.</summary>
    private const double MinimumTarget = 44;

    private sealed class Box
    {
        public string Name { get; set; } = "";

        public double X { get; set; }

        public double Y { get; set; }

        public double Width { get; set; }

        public double Height { get; set; }

        public bool Clipped { get; set; }
    }

    [Fact]
    public async Task EveryHeaderLinkAndSignOutAreWholeAndTappableOnAPhone()
    {
        // Arrange
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "header-phone@example.org", Viewport.Phone);
        var page = session.Page;

        // Act
        var boxes = await page.EvaluateAsync<Box[]>("""
            () => [...document.querySelectorAll('header a, header button')].map(e => {
                const r = e.getBoundingClientRect();
                // Cut off by its own box or by an ancestor that hides overflow, or covered by something else.
                let clipped = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
                for (let a = e.parentElement; a; a = a.parentElement) {
                    const style = getComputedStyle(a), box = a.getBoundingClientRect();
                    if ((style.overflowX !== 'visible' || style.overflowY !== 'visible')
                        && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)) {
                        clipped = true;
                    }
                }
                // Outside the header's own box it is white text on the white page.
                const header = e.closest('header').getBoundingClientRect();
                if (r.left < header.left || r.right > header.right || r.top < header.top || r.bottom > header.bottom) {
                    clipped = true;
                }
                const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                return { name: e.textContent.trim(), x: r.x, y: r.y, width: r.width, height: r.height,
                         clipped: clipped || !(hit && e.contains(hit)) };
            })
            """);
        await ShootAsync(page);

        // Assert
        string[] expected = ["Summit · Organizer", "Dashboard", "Sessions", "Event", "Days, rooms, slots, tracks", "Planner", "Import", "Releases", "History", "Organizers", "Your account", "Public schedule", "Sign out"];
        Assert.Equal(expected.Order(), boxes.Select(b => b.Name).Order());
        var width = page.ViewportSize!.Width;
        Assert.All(boxes, b =>
        {
            Assert.True(b.X >= 0 && b.X + b.Width <= width, $"“{b.Name}” runs off the {width}px screen: x {b.X:0}, width {b.Width:0}.");
            Assert.True(b.Width >= MinimumTarget && b.Height >= MinimumTarget, $"“{b.Name}” is {b.Width:0}x{b.Height:0}px, smaller than {MinimumTarget}px to tap.");
            Assert.False(b.Clipped, $"“{b.Name}” is cut off, covered or outside the header.");
        });
        var overlaps = boxes.SelectMany((a, i) => boxes.Skip(i + 1).Where(b => Overlap(a, b)).Select(b => $"“{a.Name}” and “{b.Name}”")).ToList();
        Assert.True(overlaps.Count == 0, "Header items overlap: " + string.Join(", ", overlaps));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The organizer page scrolls sideways on a phone.");
        session.AssertNoErrors();
    }

    private static bool Overlap(Box a, Box b) =>
        a.X < b.X + b.Width - 0.5 && b.X < a.X + a.Width - 0.5 && a.Y < b.Y + b.Height - 0.5 && b.Y < a.Y + a.Height - 0.5;

    private static async Task ShootAsync(IPage page)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "organizer-phone.png") });
    }
}
