using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;
using Summit.Core.Generation;
using Summit.Data.Import;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// Measures the planner in the browser on a generated 500-session day in 25 rooms: opening the day, and a move's round
/// trip from the drop to the card redrawn in its new cell. It records the figures (docs/performance.md, "Planner") and
/// asserts only what an organizer would see, never a time: a busy machine must not fail the suite.
/// </summary>
public sealed class PlannerPerformanceJourney(BrowserFixture browser)
{
    private const int Openings = 5;
    private const int Moves = 10;

    // Resolves with the milliseconds from the next drop to the moment the dragged card is in the cell it was dropped on.
    private const string RoundTrip = """
        ([cell, card]) => {
            window.__roundTrip = new Promise(resolve => {
                document.addEventListener('drop', () => {
                    const dropped = performance.now();
                    const arrived = () => document.querySelector(`${cell} [data-card="${card}"]`) !== null;
                    const observer = new MutationObserver(() => {
                        if (arrived()) { observer.disconnect(); resolve(performance.now() - dropped); }
                    });
                    observer.observe(document.body, { childList: true, subtree: true });
                }, { capture: true, once: true });
            });
        }
        """;

    [Fact]
    public async Task OpeningA500SessionDayAndMovingACard()
    {
        // Arrange: 500 sessions in 25 rooms on one day; one goes to the tray, so its cell is free beside its neighbour's
        await using var server = await SummitServer.StartAsync();
        var (card, home, free) = await GenerateAsync(server);
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "bench@example.org");
        var page = session.Page;
        var output = TestContext.Current.TestOutputHelper!;

        // Act 1: open the day, cold then warm
        var openings = new List<(double Html, double Interactive)>();
        for (var i = 0; i < Openings; i++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync("/organizer/planner?day=2012-10-15");
            var html = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            await Assertions.Expect(page.Locator(".planner-page[data-drag-ready]")).ToBeAttachedAsync(new() { Timeout = Interactivity.TimeoutMilliseconds });
            openings.Add((html, clock.Elapsed.TotalMilliseconds));
        }

        // Act 2: move the card to the free cell and back, each a round trip
        var trips = new List<double>();
        for (var i = 0; i < Moves; i++)
        {
            var (from, to) = i % 2 == 0 ? (home, free) : (free, home);
            await page.EvaluateAsync(RoundTrip, new object[] { to, card });
            await page.Locator($"{from} [data-card='{card}']").DragToAsync(page.Locator(to));
            trips.Add(await page.EvaluateAsync<double>("() => window.__roundTrip"));
        }

        // Assert: the whole day was there, and the last move landed
        await Assertions.Expect(page.Locator(".planner-board .planner-card")).ToHaveCountAsync(499);
        await Assertions.Expect(page.Locator(".planner-tray .planner-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"{home} [data-card='{card}']")).ToHaveCountAsync(1);
        output.WriteLine($"Open (HTML, DOMContentLoaded): {Describe(openings.Select(o => o.Html))}");
        output.WriteLine($"Open (until drops reach the server): {Describe(openings.Select(o => o.Interactive))}");
        output.WriteLine($"Move round trip (drop to redrawn): {Describe(trips)}");
        session.AssertNoErrors();
    }

    private static string Describe(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"first {samples.First():0} ms, median {sorted[sorted.Count / 2]:0} ms, max {sorted[^1]:0} ms (n={sorted.Count})");
    }

    /// <returns>The card to move, its cell and the free cell beside it, as selectors.</returns>
    private static async Task<(int Card, string Home, string Free)> GenerateAsync(SummitServer server)
    {
        var result = (0, "", "");
        await server.WithDatabaseAsync(async db =>
        {
            await ScheduleImporter.ReplaceAsync(db, ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 500, Rooms: 25, Days: 1)), CancellationToken.None);
            var rooms = await db.Rooms.OrderBy(r => r.Order).Select(r => r.Id).Take(2).ToListAsync();
            var slot = await db.TimeSlots.OrderBy(t => t.Start).Select(t => t.Id).FirstAsync();
            var leaving = await db.Sessions.SingleAsync(s => s.RoomId == rooms[1] && s.TimeSlotId == slot);
            leaving.RoomId = null;
            leaving.TimeSlotId = null;
            await db.SaveChangesAsync();
            var card = await db.Sessions.Where(s => s.RoomId == rooms[0] && s.TimeSlotId == slot).Select(s => s.Id).SingleAsync();
            result = (card, $"td[data-room='{rooms[0]}'][data-slot='{slot}']", $"td[data-room='{rooms[1]}'][data-slot='{slot}']");
        });
        return result;
    }
}
