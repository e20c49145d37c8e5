using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Structure;

public sealed class StructurePageTests : SummitBunitContext, IAsyncLifetime
{
    private const string User = "ada@example.org";

    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<StructureEditor>();
        AddAuthorization().SetAuthorized(User);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    [Fact]
    public void PageListsRoomsTracksAndDaysUnderTheirHeadings()
    {
        // Act
        var cut = RenderLoaded();

        // Assert
        Assert.Equal(["Rooms", "Tracks", "Days and time slots"], cut.FindAll("h2").Select(h => h.TextContent.Trim()));
        var rooms = cut.Find("section[aria-labelledby=rooms-heading] tbody");
        Assert.Contains("Windsor BC", rooms.TextContent, StringComparison.Ordinal);
        Assert.Contains("28", rooms.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("button[aria-label='Move Windsor BC up']"));
        Assert.Equal(4, cut.FindAll("section[aria-labelledby=days-heading] h3").Count);
        Assert.Contains("9:50am–10:30am", cut.Find("section[aria-labelledby=days-heading]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenEachSaveIsPublishedAtOnceThePageHasNoWorkingCopyNote()
    {
        // Act
        var cut = RenderLoaded();

        // Assert
        Assert.Empty(cut.FindAll(".working-copy-note"));
    }

    [Fact]
    public async Task WhenChangesWaitForAReleaseThePageSaysTheyGoToTheWorkingCopy()
    {
        // Arrange
        await using (var db = _database.CreateContext())
        {
            var conference = await db.Conferences.SingleAsync(Xunit.TestContext.Current.CancellationToken);
            conference.PublishMode = Summit.Core.Releases.PublishMode.WhenReleased;
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        // Act
        var cut = RenderLoaded();

        // Assert
        var note = cut.Find(".working-copy-note");
        Assert.Contains("working copy", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("/organizer/releases", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void AddingARoomWithoutANameShowsTheMessageAtTheField()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        cut.Find("form[aria-label='Add a room']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(
            "Give the room a name.",
            cut.Find("#new-room-name").Closest(".mud-input-control")!.TextContent,
            StringComparison.Ordinal));
    }

    [Fact]
    public void DeletingWindsorBcShowsTheRefusalNamingItsSessions()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        cut.Find("button[aria-label='Delete Windsor BC']").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(
            "Room “Windsor BC” still holds 28 sessions: “Closing quantum/nova gaps”",
            cut.Find("section[aria-labelledby=rooms-heading] [role=alert]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("Windsor BC", cut.Find("section[aria-labelledby=rooms-heading] tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamingARoomInPlaceSavesItUnderTheOrganizersName()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("button[aria-label='Rename Windsor BC']").Click();
        var input = cut.WaitForElement("input[id$='-name'][id^='rooms-']");

        // Act
        input.Input("Windsor Ballroom");
        cut.FindAll("section[aria-labelledby=rooms-heading] button").First(b => b.TextContent.Trim() == "Save").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[aria-label='Rename Windsor Ballroom']")));
        await using var db = _database.CreateContext();
        var change = await db.Changes.SingleAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(("Room", User, "Windsor Ballroom"), (change.EntityType, change.User, change.EntityLabel));
    }

    private IRenderedComponent<StructurePage> RenderLoaded()
    {
        var cut = Render<StructurePage>();
        cut.WaitForElement("section[aria-labelledby=rooms-heading] tbody tr");
        return cut;
    }
}
