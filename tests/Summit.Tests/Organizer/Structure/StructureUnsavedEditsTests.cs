using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Structure;

/// <summary>Leaving the days, rooms, slots and tracks page while one of its forms holds something unsaved.</summary>
public sealed class StructureUnsavedEditsTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<StructureEditor>();
        AddAuthorization().SetAuthorized("ada@example.org");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<StructurePage> RenderLoaded()
    {
        Navigation.NavigateTo("/organizer/structure");
        var cut = Render<StructurePage>();
        cut.WaitForElement("section[aria-labelledby=rooms-heading] tbody tr");
        return cut;
    }

    private void Leave(IRenderedComponent<StructurePage> cut) => cut.InvokeAsync(() => Navigation.NavigateTo("/organizer/sessions"));

    private static void AssertAsked(IRenderedComponent<StructurePage> cut, string message) =>
        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));

    private void AssertLeftWithoutAsking(IRenderedComponent<StructurePage> cut)
    {
        cut.WaitForAssertion(() => Assert.EndsWith("/organizer/sessions", Navigation.Uri, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".mud-dialog"));
    }

    [Fact]
    public void ANewRoomNameNotAddedYetAsksBeforeLeavingAndStayKeepsIt()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#new-room-name").Input("Ballroom");

        // Act
        Leave(cut);
        AssertAsked(cut, "Your changes to the new room will be lost.");
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Stay").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(NavigationState.Prevented, Navigation.History.First().State));
        Assert.EndsWith("/organizer/structure", Navigation.Uri, StringComparison.Ordinal);
        Assert.Equal("Ballroom", cut.Find("#new-room-name").GetAttribute("value"));
    }

    [Fact]
    public void ARenamedRoomNotSavedIsNamedWhenLeaving()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("button[aria-label='Rename Windsor BC']").Click();
        cut.WaitForElement("input[id$='-name'][id^='rooms-']").Input("Windsor Ballroom");

        // Act
        Leave(cut);

        // Assert
        AssertAsked(cut, "Your changes to the room “Windsor BC” will be lost.");
    }

    [Fact]
    public void ARenameOpenedButNotChangedLeavesWithoutAsking()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("button[aria-label='Rename Windsor BC']").Click();
        cut.WaitForElement("input[id$='-name'][id^='rooms-']").Input("Windsor BC");

        // Act
        Leave(cut);

        // Assert
        AssertLeftWithoutAsking(cut);
    }

    [Fact]
    public void AddingTheRoomLeavesNothingUnsaved()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#new-room-name").Input("Ballroom");
        cut.Find("form[aria-label='Add a room']").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Ballroom", cut.Find("section[aria-labelledby=rooms-heading] tbody").TextContent, StringComparison.Ordinal));

        // Act
        Leave(cut);

        // Assert
        AssertLeftWithoutAsking(cut);
    }

    [Fact]
    public void AChangedSlotNotSavedIsNamedWhenLeaving()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("button[aria-label='Change slot 9:50am–10:30am on Monday, October 15']").Click();
        cut.WaitForElement("input[id^='slot-'][id$='-start']").Input("09:40");

        // Act
        Leave(cut);

        // Assert
        AssertAsked(cut, "Your changes to the 9:50am–10:30am slot on Monday, October 15 will be lost.");
    }

    [Fact]
    public void ANewDayAndANewTrackNotAddedAreBothNamed()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#new-track-name").Input("Swift");
        cut.Find("#new-day-date").Input("2012-10-19");

        // Act
        Leave(cut);

        // Assert
        AssertAsked(cut, "Leave without saving?");
        var message = cut.Find(".mud-dialog").TextContent;
        Assert.Contains("the new track", message, StringComparison.Ordinal);
        Assert.Contains("the new day", message, StringComparison.Ordinal);
    }
}
