using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Core.Schedule;

namespace Summit.Browser.Tests.Infrastructure;

/// <summary>The planner page for the journeys: opening a day, its cells and cards, and a room with free cells.</summary>
public static class Planner
{
    /// <summary>The seed's second day: seven sessions in Windsor BC from 11:00am.</summary>
    public const string Day = "2012-10-16";

    /// <summary>Opens the day and waits until a drop reaches the server: the render that draws the day's cards marks it ready.</summary>
    public static async Task OpenAsync(IPage page, string day = Day)
    {
        await page.GotoAsync($"/organizer/planner?day={day}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator(".planner-page[data-drag-ready]")).ToBeAttachedAsync(new() { Timeout = Interactivity.TimeoutMilliseconds });
    }

    /// <summary>A room after the seed's only one, so the day has free cells; returns its id.</summary>
    public static async Task<int> AddRoomAsync(SummitServer server, string name, int? capacity = null)
    {
        var room = new Room { Name = name, Slug = name.ToLowerInvariant(), Order = 10, Capacity = capacity };
        await server.WithDatabaseAsync(async db =>
        {
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
        });
        return room.Id;
    }

    public static async Task<int> RoomIdAsync(SummitServer server, string slug)
    {
        var id = 0;
        await server.WithDatabaseAsync(async db => id = await db.Rooms.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync());
        return id;
    }

    public static async Task<int> SlotIdAsync(SummitServer server, string start, string day = Day)
    {
        var date = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var time = TimeOnly.Parse(start, CultureInfo.InvariantCulture);
        var id = 0;
        await server.WithDatabaseAsync(async db => id = await db.TimeSlots.Where(t => t.Day!.Date == date && t.Start == time).Select(t => t.Id).SingleAsync());
        return id;
    }

    public static ILocator Cell(IPage page, int roomId, int slotId) => page.Locator($"td[data-room='{roomId}'][data-slot='{slotId}']");

    public static ILocator Card(IPage page, string title) =>
        page.Locator(".planner-card", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }) });

    public static ILocator Status(IPage page) => page.Locator(".planner-status");
}
