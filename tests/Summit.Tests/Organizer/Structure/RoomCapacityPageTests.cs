using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Structure;

/// <summary>Room capacity on the structure page: typed in the room's row or the add form, refused at the field when bad.</summary>
public sealed class RoomCapacityPageTests : SummitBunitContext, IAsyncLifetime
{
    private const string Refusal = "Give the number of people the room holds, a whole number from 1 to 100,000, or leave it empty.";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

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
        var cut = Render<StructurePage>();
        cut.WaitForElement("section[aria-labelledby=rooms-heading] tbody tr");
        return cut;
    }

    private static void EditWindsorCapacity(IRenderedComponent<StructurePage> cut, string typed)
    {
        cut.Find("button[aria-label='Rename Windsor BC']").Click();
        cut.WaitForElement("input[id^='rooms-'][id$='-capacity']").Input(typed);
        cut.FindAll("section[aria-labelledby=rooms-heading] button").First(b => b.TextContent.Trim() == "Save").Click();
    }

    [Fact]
    public void RoomsShowTheirCapacityAndTracksHaveNone()
    {
        // Act
        var cut = RenderLoaded();

        // Assert
        Assert.Contains("Capacity", cut.Find("section[aria-labelledby=rooms-heading] thead").TextContent, StringComparison.Ordinal);
        Assert.Equal("not set", cut.Find("section[aria-labelledby=rooms-heading] td.room-capacity").TextContent.Trim());
        Assert.DoesNotContain("Capacity", cut.Find("section[aria-labelledby=tracks-heading] thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACapacityTypedInTheRoomsRowIsSavedAndShown()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        EditWindsorCapacity(cut, "120");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("120", cut.Find("section[aria-labelledby=rooms-heading] td.room-capacity").TextContent.Trim()));
        await using var db = _database.CreateContext();
        Assert.Equal(120, (await db.Rooms.SingleAsync(Ct)).Capacity);
    }

    [Fact]
    public async Task ABadCapacityShowsTheMessageAtTheFieldAndSavesNothing()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        EditWindsorCapacity(cut, "forty");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(
            Refusal,
            cut.Find("input[id^='rooms-'][id$='-capacity']").Closest(".mud-input-control")!.TextContent,
            StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.Null((await db.Rooms.SingleAsync(Ct)).Capacity);
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task ANewRoomCanBeAddedWithItsCapacity()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        cut.Find("#new-room-name").Input("Annie’s Room");
        cut.Find("#new-room-capacity").Input("40");
        cut.Find("form[aria-label='Add a room']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("section[aria-labelledby=rooms-heading] tbody tr").Count));
        await using var db = _database.CreateContext();
        Assert.Equal(40, (await db.Rooms.SingleAsync(r => r.Name == "Annie’s Room", Ct)).Capacity);
    }
}
