using Bunit;

namespace Summit.Tests.Organizer.Planner;

/// <summary>The keyboard and screen-reader path: select a card, then move, swap, merge or unschedule it from lists.</summary>
public sealed class PlannerKeyboardTests : PlannerPageContext
{
    private const string Title = "Defining an upgrade path for Quantum";

    [Fact]
    public async Task SelectingACardOffersTheFreeCellsByRoomAndTime()
    {
        // Arrange
        await AddRoomAsync("Annapolis");
        var cut = RenderPlanner();

        // Act
        Select(cut, Title);

        // Assert
        cut.WaitForAssertion(() => Assert.Equal($"“{Title}” selected", cut.Find("#planner-actions-heading").TextContent));
        Assert.Contains("Now in Windsor BC, 3:40pm – 4:20pm.", cut.Find(".planner-actions-place").TextContent, StringComparison.Ordinal);
        var cells = cut.FindAll("#planner-move-to option").Skip(1).Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(7, cells.Count);
        Assert.Equal("Annapolis, 11:00am – 11:40am", cells[0]);
        JSInterop.VerifyInvoke("Blazor._internal.domWrapper.focus");
    }

    [Fact]
    public async Task MoveToAFreeCellSavesAtOnceRedrawsAndAnnouncesIt()
    {
        // Arrange
        await AddRoomAsync("Annapolis");
        var cut = RenderPlanner();
        Select(cut, Title);

        // Act
        Choose(cut, "planner-move-to", "Annapolis, 11:00am – 11:40am");
        Click(cut, ".planner-move");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Annapolis, 11:00am – 11:40am", PlaceOnBoard(cut, Title)));
        Assert.Contains($"Moved “{Title}”", Status(cut), StringComparison.Ordinal);
        Assert.Equal(("Annapolis", new TimeOnly(11, 0)), await SavedPlaceAsync(Title));
        Assert.NotNull(cut.Find(".planner-undo"));
    }

    [Fact]
    public async Task UndoPutsTheLastMoveBack()
    {
        // Arrange
        await AddRoomAsync("Annapolis");
        var cut = RenderPlanner();
        Select(cut, Title);
        Choose(cut, "planner-move-to", "Annapolis, 11:00am – 11:40am");
        Click(cut, ".planner-move");
        cut.WaitForAssertion(() => Assert.Equal("Annapolis, 11:00am – 11:40am", PlaceOnBoard(cut, Title)));

        // Act
        Click(cut, ".planner-undo");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Windsor BC, 3:40pm – 4:20pm", PlaceOnBoard(cut, Title)));
        Assert.Equal(("Windsor BC", new TimeOnly(15, 40)), await SavedPlaceAsync(Title));
        Assert.Empty(cut.FindAll(".planner-undo"));
    }

    [Fact]
    public async Task SwapWithExchangesThePlacesOfTwoSessions()
    {
        // Arrange
        var cut = RenderPlanner();
        Select(cut, Title);

        // Act
        Choose(cut, "planner-swap-with", "LBaaS 2 - Tenant APIs (Windsor BC, 5:20pm – 6:00pm)");
        Click(cut, ".planner-swap");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Windsor BC, 5:20pm – 6:00pm", PlaceOnBoard(cut, Title)));
        Assert.Equal("Windsor BC, 3:40pm – 4:20pm", PlaceOnBoard(cut, "LBaaS 2 - Tenant APIs"));
        Assert.Equal(("Windsor BC", new TimeOnly(17, 20)), await SavedPlaceAsync(Title));
        Assert.Contains("Swapped", Status(cut), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnschedulingAPublicSessionAsksFirstThenMovesItToTheTray()
    {
        // Arrange
        var cut = RenderPlanner();
        Select(cut, Title);

        // Act
        Click(cut, ".planner-unschedule");
        cut.WaitForAssertion(() => Assert.Contains("Take this session off the schedule?", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        await cut.InvokeAsync(() => cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Unschedule").Click());

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("tray", PlaceOnBoard(cut, Title)));
        Assert.Equal((null, null), await SavedPlaceAsync(Title));
        Assert.Equal("Now in the tray: not on the schedule.", cut.Find(".planner-actions-place").TextContent.Trim());
    }

    [Fact]
    public async Task KeepingItInTheConfirmationChangesNothing()
    {
        // Arrange
        var cut = RenderPlanner();
        Select(cut, Title);
        Click(cut, ".planner-unschedule");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".mud-dialog")));

        // Act
        await cut.InvokeAsync(() => cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Keep it").Click());

        // Assert
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.Equal("Windsor BC, 3:40pm – 4:20pm", PlaceOnBoard(cut, Title));
        Assert.Equal(("Windsor BC", new TimeOnly(15, 40)), await SavedPlaceAsync(Title));
    }

    [Fact]
    public async Task MergeIntoMakesTheSessionASubjectOfTheOtherAndFreesItsCell()
    {
        // Arrange
        var cut = RenderPlanner();
        Select(cut, Title);

        // Act
        Choose(cut, "planner-merge-into", "LBaaS 2 - Tenant APIs (Windsor BC, 5:20pm – 6:00pm)");
        Click(cut, ".planner-merge");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Merged", Status(cut), StringComparison.Ordinal));
        Assert.DoesNotContain(cut.FindAll(".planner-card-select"), b => b.TextContent.Trim() == Title);
        Assert.Single(cut.FindAll("td.planner-free"));
        Assert.Empty(cut.FindAll(".planner-actions"));
    }
}
