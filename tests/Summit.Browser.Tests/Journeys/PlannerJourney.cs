using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// The organizer planner by mouse, touch, keyboard and from two browsers at once. Every test moves sessions, so each
/// starts a server of its own with a second room, Annapolis, whose cells are free.
/// </summary>
public sealed partial class PlannerJourney(BrowserFixture browser)
{
    private const string Title = "Defining an upgrade path for Quantum";
    private const string Other = "LBaaS 2 - Tenant APIs";

    [Fact]
    public async Task ACardDraggedToAFreeCellMovesThereAndUndoPutsItBack()
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        var annapolis = await Planner.AddRoomAsync(server, "Annapolis", capacity: 40);
        var windsor = await Planner.RoomIdAsync(server, "windsor-bc");
        var eleven = await Planner.SlotIdAsync(server, "11:00");
        var home = await Planner.SlotIdAsync(server, "15:40");
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "planner@example.org");
        var page = session.Page;
        await Planner.OpenAsync(page);

        // Act 1: drag the card to Annapolis at 11:00am
        await Planner.Card(page, Title).DragToAsync(Planner.Cell(page, annapolis, eleven));

        // Assert 1: saved and redrawn, with an undo
        await Assertions.Expect(Planner.Cell(page, annapolis, eleven).Locator(".planner-card-select")).ToHaveTextAsync(Title);
        await Assertions.Expect(Planner.Cell(page, windsor, home)).ToHaveClassAsync(FreeCell());
        await Assertions.Expect(Planner.Status(page)).ToContainTextAsync($"Moved “{Title}”");

        // Act 2
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        // Assert 2: back where it was, and nothing more to undo
        await Assertions.Expect(Planner.Cell(page, windsor, home).Locator(".planner-card-select")).ToHaveTextAsync(Title);
        await Assertions.Expect(Planner.Cell(page, annapolis, eleven)).ToHaveClassAsync(FreeCell());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo" })).ToHaveCountAsync(0);
        session.AssertNoErrors();
    }

    /// <summary>
    /// Chromium's touch emulation starts no native drag from a test driver's pointer (its mouse events reach the card,
    /// no dragstart follows), so on the phone the journey taps: select the card, choose a cell, Move, Undo.
    /// </summary>
    [Fact]
    public async Task OnAPhoneATappedCardMovesToTheChosenCellAndUndoPutsItBack()
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        var annapolis = await Planner.AddRoomAsync(server, "Annapolis", capacity: 40);
        var windsor = await Planner.RoomIdAsync(server, "windsor-bc");
        var eleven = await Planner.SlotIdAsync(server, "11:00");
        var home = await Planner.SlotIdAsync(server, "15:40");
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "phone@example.org", Viewport.Phone);
        var page = session.Page;
        await Planner.OpenAsync(page);

        // Act 1
        await page.GetByRole(AriaRole.Button, new() { Name = Title, Exact = true }).TapAsync();
        await page.GetByLabel("Move to…").SelectOptionAsync(new SelectOptionValue { Label = "Annapolis, 11:00am – 11:40am" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).TapAsync();

        // Assert 1
        await Assertions.Expect(Planner.Cell(page, annapolis, eleven).Locator(".planner-card-select")).ToHaveTextAsync(Title);
        await Assertions.Expect(Planner.Status(page)).ToContainTextAsync($"Moved “{Title}”");

        // Act 2
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).TapAsync();

        // Assert 2
        await Assertions.Expect(Planner.Cell(page, windsor, home).Locator(".planner-card-select")).ToHaveTextAsync(Title);
        await Assertions.Expect(Planner.Cell(page, annapolis, eleven)).ToHaveClassAsync(FreeCell());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ACardDroppedOnAnotherSwapsTheTwo()
    {
        // Arrange: two sessions an hour apart, both in view (a drag does not scroll the page for the test driver)
        const string neighbour = "Metering Network Resources: Ceilometer Integration";
        await using var server = await SummitServer.StartAsync();
        var windsor = await Planner.RoomIdAsync(server, "windsor-bc");
        var early = await Planner.SlotIdAsync(server, "14:40");
        var mid = await Planner.SlotIdAsync(server, "15:40");
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "swapper@example.org");
        var page = session.Page;
        await Planner.OpenAsync(page);
        await Planner.Card(page, Title).ScrollIntoViewIfNeededAsync();

        // Act
        await Planner.Card(page, Title).DragToAsync(Planner.Card(page, neighbour));

        // Assert
        await Assertions.Expect(Planner.Cell(page, windsor, early).Locator(".planner-card-select")).ToHaveTextAsync(Title);
        await Assertions.Expect(Planner.Cell(page, windsor, mid).Locator(".planner-card-select")).ToHaveTextAsync(neighbour);
        await Assertions.Expect(Planner.Status(page)).ToContainTextAsync("Swapped");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task APublicCardDraggedToTheTrayIsUnscheduledOnceConfirmed()
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "tray@example.org");
        var page = session.Page;
        await Planner.OpenAsync(page);

        // Act
        await Planner.Card(page, Title).DragToAsync(page.Locator(".planner-tray"));
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("is on the public schedule");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Unschedule" }).ClickAsync();

        // Assert: in the tray, and gone from the public schedule
        await Assertions.Expect(page.Locator(".planner-tray").GetByRole(AriaRole.Button, new() { Name = Title, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#planner-tray-heading")).ToContainTextAsync("Unscheduled (1)");
        await page.GotoAsync("/?day=2012-10-16");
        await Assertions.Expect(page.Locator("article.session-card")).ToHaveCountAsync(6);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheKeyboardAloneSelectsACardAndMovesItToAFreeCell()
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        var annapolis = await Planner.AddRoomAsync(server, "Annapolis");
        var eleven = await Planner.SlotIdAsync(server, "11:00");
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "keys@example.org");
        var page = session.Page;
        await Planner.OpenAsync(page);

        // Act: Enter on the card's title selects it and brings focus to its actions; the first free cell is chosen with
        // the arrow key and Move pressed with Enter
        await page.GetByRole(AriaRole.Button, new() { Name = Title, Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"“{Title}” selected" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Move to…")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel("Move to…")).ToHaveValueAsync($"{annapolis}:{eleven}");
        // Move is enabled once the server has the choice: Tab before then would pass over a disabled button.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true })).ToBeEnabledAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Assert
        await Assertions.Expect(Planner.Cell(page, annapolis, eleven).Locator(".planner-card-select")).ToHaveTextAsync(Title);
        await Assertions.Expect(Planner.Status(page)).ToContainTextAsync($"Moved “{Title}”");
        await Assertions.Expect(page.Locator(".planner-actions-place")).ToContainTextAsync("Now in Annapolis, 11:00am");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"“{Title}” selected" })).ToBeFocusedAsync();
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TwoOrganizersSeeEachOthersMovesWithoutReloading()
    {
        // Arrange: both plan the same day
        await using var server = await SummitServer.StartAsync();
        var annapolis = await Planner.AddRoomAsync(server, "Annapolis");
        var eleven = await Planner.SlotIdAsync(server, "11:00");
        await using var ada = await Organizers.SignedInAsync(browser.Browser, server, "ada@example.org");
        await using var bob = await Organizers.SignedInAsync(browser.Browser, server, "bob@example.org");
        await Planner.OpenAsync(ada.Page);
        await Planner.OpenAsync(bob.Page);
        await bob.Page.EvaluateAsync("() => window.__samePage = true");

        // Act
        await Planner.Card(ada.Page, Title).DragToAsync(Planner.Cell(ada.Page, annapolis, eleven));

        // Assert: Bob's board shows it, on the page he had open
        await Assertions.Expect(Planner.Cell(bob.Page, annapolis, eleven).Locator(".planner-card-select")).ToHaveTextAsync(Title);
        Assert.True(await bob.Page.EvaluateAsync<bool>("() => window.__samePage === true"));
        ada.AssertNoErrors();
        bob.AssertNoErrors();
    }

    [Fact]
    public async Task ADayTabShowsThatDaysBoard()
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "days@example.org");
        var page = session.Page;
        await Planner.OpenAsync(page);

        // Act
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Days" }).GetByRole(AriaRole.Link, new() { Name = "Wed 17 Oct" }).ClickAsync();

        // Assert
        await page.WaitForURLAsync(new Regex(@"day=2012-10-17$"));
        await Assertions.Expect(Planner.Card(page, "Moving VPN support to Quantum")).ToBeVisibleAsync();
        await Assertions.Expect(Planner.Card(page, Title)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".day-tab[aria-current=page]")).ToHaveTextAsync("Wed 17 Oct");
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task ThePlannerWithACardSelectedHasNoSeriousAccessibilityViolations(Viewport viewport)
    {
        // Arrange: a conflict, a tray card and a selected card, so everything the page can show is there
        await using var server = await SummitServer.StartAsync();
        await Planner.AddRoomAsync(server, "Annapolis", capacity: 0);
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "axe@example.org", viewport);
        var page = session.Page;
        await Planner.OpenAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = Title, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".planner-actions")).ToBeVisibleAsync();

        // Act
        var result = await page.RunAxe();

        // Assert
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(v => $"{v.Impact}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        session.AssertNoErrors();
    }

    [GeneratedRegex(@"\bplanner-free\b")]
    private static partial Regex FreeCell();
}
