using Bunit;

namespace Summit.Tests.Organizer.Planner;

/// <summary>What the planner shows of a day: rooms by slots, cards with their stars against the room, the tray, conflicts.</summary>
public sealed class PlannerPageTests : PlannerPageContext
{
    [Fact]
    public async Task TheRequestedDayShowsEachRoomAsAColumnAndEachSlotAsARow()
    {
        // Arrange
        await AddRoomAsync("Annapolis", capacity: 40);

        // Act
        var cut = RenderPlanner();

        // Assert
        Assert.Equal(["Time", "Windsor BC", "Annapolis"], cut.FindAll(".planner-board thead th").Select(th => th.ChildNodes.OfType<AngleSharp.Dom.IText>().First().TextContent.Trim()));
        Assert.Equal(7, cut.FindAll(".planner-board tbody tr").Count);
        Assert.Equal("Windsor BC, 5:20pm – 6:00pm", PlaceOnBoard(cut, "LBaaS 2 - Tenant APIs"));
        Assert.Equal(7, cut.FindAll("td.planner-free").Count);
        Assert.Equal("Tue 16 Oct", cut.Find(".day-tab[aria-current=page]").TextContent.Trim());
        Assert.Equal("/organizer/planner?day=2012-10-17", cut.FindAll(".day-tab")[2].GetAttribute("href"));
    }

    [Fact]
    public void WithoutADayThePlannerOpensOnTheEventsFirstDay()
    {
        // Act
        var cut = RenderPlanner(day: null);

        // Assert
        Assert.Equal("Mon 15 Oct", cut.Find(".day-tab[aria-current=page]").TextContent.Trim());
        Assert.Equal("Windsor BC, 9:50am – 10:30am", PlaceOnBoard(cut, "Closing quantum/nova gaps"));
    }

    [Fact]
    public async Task ACardShowsItsTrackLeadsAndStarsAgainstTheRoomsCapacity()
    {
        // Arrange
        await SetCapacityAsync(40);
        await StarAsync("LBaaS 2 - Tenant APIs", 12);

        // Act
        var cut = RenderPlanner();

        // Assert
        var card = Card(cut, "LBaaS 2 - Tenant APIs");
        Assert.Contains("★ 12 / 40", card.QuerySelector(".planner-stars")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("12 stars, room holds 40", card.QuerySelector(".planner-stars .visually-hidden")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Quantum", card.QuerySelector(".planner-card-track")!.TextContent);
        Assert.Contains("(tentative)", card.QuerySelector(".planner-card-leads")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", card.GetAttribute("draggable"));
    }

    [Fact]
    public async Task UnscheduledSessionsWaitInTheTrayAndLeaveTheirCellFree()
    {
        // Arrange
        await UnplaceAsync("LBaaS 2 - Tenant APIs");

        // Act
        var cut = RenderPlanner();

        // Assert
        Assert.Equal("tray", PlaceOnBoard(cut, "LBaaS 2 - Tenant APIs"));
        Assert.Contains("Unscheduled (1)", cut.Find("#planner-tray-heading").TextContent, StringComparison.Ordinal);
        var free = Assert.Single(cut.FindAll("td.planner-free"));
        Assert.Equal("cell", free.GetAttribute("data-drop"));
    }

    [Fact]
    public async Task ASessionWithMoreStarsThanItsRoomHoldsIsMarkedAndListed()
    {
        // Arrange
        await SetCapacityAsync(2);
        await StarAsync("Defining an upgrade path for Quantum", 3);

        // Act
        var cut = RenderPlanner();

        // Assert
        var card = Card(cut, "Defining an upgrade path for Quantum");
        Assert.Contains("planner-card-conflicted", card.ClassList);
        Assert.Contains("Over capacity", card.QuerySelector(".planner-card-conflict")!.TextContent, StringComparison.Ordinal);
        var listed = Assert.Single(cut.FindAll(".planner-conflict-list li"));
        Assert.Contains("3 stars, Windsor BC holds 2", listed.TextContent, StringComparison.Ordinal);
        Assert.Contains("Conflicts (1)", cut.Find("#planner-conflicts-heading").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectingAConflictsSessionFromTheListOpensItsActions()
    {
        // Arrange
        await SetCapacityAsync(2);
        await StarAsync("Defining an upgrade path for Quantum", 3);
        var cut = RenderPlanner();

        // Act
        Click(cut, ".planner-conflict-list button");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("“Defining an upgrade path for Quantum” selected", cut.Find("#planner-actions-heading").TextContent));
        Assert.Equal("true", Card(cut, "Defining an upgrade path for Quantum").QuerySelector(".planner-card-select")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public void PrerenderingShowsThePagesFrameWithoutReadingTheDay()
    {
        // Arrange
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));

        // Act
        var cut = Render<Summit.Organizer.Planner.PlannerPage>();

        // Assert
        Assert.Equal("Loading the plan…", cut.Find(".planner-loading").TextContent);
        Assert.Empty(cut.FindAll(".planner-board"));
    }
}
