using Bunit;
using Summit.Organizer.Planner;

namespace Summit.Tests.Organizer.Planner;

/// <summary>Drops reported by the browser, other organizers' changes arriving while the page is open, and refused moves.</summary>
public sealed class PlannerLiveTests : PlannerPageContext
{
    private const string Title = "Defining an upgrade path for Quantum";

    private static async Task<int> IdOfAsync(IRenderedComponent<PlannerPage> cut, string title) =>
        await cut.InvokeAsync(() => int.Parse(Card(cut, title).GetAttribute("data-card")!, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task ACardDroppedOnAFreeCellMovesThere()
    {
        // Arrange
        var room = await AddRoomAsync("Annapolis");
        var cut = RenderPlanner();
        var id = await IdOfAsync(cut, Title);
        var slot = int.Parse(cut.FindAll("td.planner-free")[2].GetAttribute("data-slot")!, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        await cut.InvokeAsync(() => cut.Instance.DropAsync(new PlannerDrop(id, "cell", null, room, slot, Modifier: false)));

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Annapolis, 1:50pm – 2:30pm", PlaceOnBoard(cut, Title)));
        Assert.Equal(("Annapolis", new TimeOnly(13, 50)), await SavedPlaceAsync(Title));
    }

    [Fact]
    public async Task ACardDroppedOnAnotherWithTheModifierMergesInsteadOfSwapping()
    {
        // Arrange
        var cut = RenderPlanner();
        var id = await IdOfAsync(cut, Title);
        var target = await IdOfAsync(cut, "LBaaS 2 - Tenant APIs");

        // Act
        await cut.InvokeAsync(() => cut.Instance.DropAsync(new PlannerDrop(id, "card", target, null, null, Modifier: true)));

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Merged", Status(cut), StringComparison.Ordinal));
        Assert.Equal("Windsor BC, 5:20pm – 6:00pm", PlaceOnBoard(cut, "LBaaS 2 - Tenant APIs"));
        Assert.DoesNotContain(cut.FindAll(".planner-card-select"), b => b.TextContent.Trim() == Title);
    }

    [Fact]
    public async Task AnotherOrganizersMoveRedrawsTheBoardWithoutReloading()
    {
        // Arrange
        var room = await AddRoomAsync("Annapolis");
        var cut = RenderPlanner();

        // Act
        await MoveElsewhereAsync(Title, room, "11:00");
        Signal.Notify();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Annapolis, 11:00am – 11:40am", PlaceOnBoard(cut, Title)));
    }

    [Fact]
    public async Task AMoveOfASessionSomeoneChangedMeanwhileIsRefusedWithWhatChangedAndTheBoardRedraws()
    {
        // Arrange: the page saw the session in Windsor BC; another organizer moved it before any signal arrived
        var room = await AddRoomAsync("Annapolis");
        var cut = RenderPlanner();
        Select(cut, Title);
        await MoveElsewhereAsync(Title, room, "11:00");

        // Act
        Choose(cut, "planner-move-to", "Annapolis, 11:50am – 12:30pm");
        Click(cut, ".planner-move");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(Title, cut.Find(".planner-refusal").TextContent, StringComparison.Ordinal));
        Assert.Equal("alert", cut.Find(".planner-refusal").GetAttribute("role"));
        Assert.Equal("Annapolis, 11:00am – 11:40am", PlaceOnBoard(cut, Title));
        Assert.Equal(("Annapolis", new TimeOnly(11, 0)), await SavedPlaceAsync(Title));
    }

    [Fact]
    public async Task ClosingThePageStopsListeningForChanges()
    {
        // Arrange
        var cut = RenderPlanner();

        // Act
        await DisposeComponentsAsync();

        // Assert: a change after closing reaches no page (it would throw on a disposed renderer)
        Signal.Notify();
        Assert.True(cut.IsDisposed);
    }
}
