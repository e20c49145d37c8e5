using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Interest;

/// <summary>The organizers' sessions table: every session, scheduled or not, with its stars.</summary>
public sealed class SessionsTableTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        AddAuthorization().SetAuthorized("ada@example.org");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<SessionsPage> RenderLoaded()
    {
        var cut = Render<SessionsPage>();
        cut.WaitForAssertion(() => Assert.Equal(28, cut.FindAll("tbody tr").Count));
        return cut;
    }

    /// <summary>The row's cells by their column's label.</summary>
    private static Dictionary<string, string> Row(IRenderedComponent<SessionsPage> cut, string title) =>
        cut.FindAll("tbody tr").Single(r => r.QuerySelector("td[data-label=Title]")!.TextContent.Trim() == title)
            .QuerySelectorAll("td").ToDictionary(td => td.GetAttribute("data-label")!, td => td.TextContent.Trim());

    private static void ClickHeader(IRenderedComponent<SessionsPage> cut, string label) =>
        cut.FindAll("th .mud-table-sort-label").Single(h => h.TextContent.Trim() == label).Click();

    [Fact]
    public async Task AnUnscheduledSessionIsListedAsUnscheduledAfterTheScheduledOnes()
    {
        // Arrange
        await StarSeeding.UnscheduleAsync(_database, "pki-future", Ct);

        // Act
        var cut = RenderLoaded();

        // Assert: the table starts in schedule order
        var row = Row(cut, "PKI Future");
        Assert.Equal(("Unscheduled", "Unscheduled"), (row["When"], row["Room"]));
        Assert.Equal("PKI Future", cut.FindAll("tbody tr").Last().QuerySelector("td[data-label=Title]")!.TextContent.Trim());
    }

    [Fact]
    public async Task OnlyUnscheduledShowsTheUnscheduledSessions()
    {
        // Arrange
        await StarSeeding.UnscheduleAsync(_database, "pki-future", Ct);
        var cut = RenderLoaded();

        // Act
        cut.Find(".mud-table-toolbar input[type=checkbox]").Change(true);

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(["PKI Future"], cut.FindAll("tbody tr td[data-label=Title]").Select(td => td.TextContent.Trim())));
    }

    [Fact]
    public async Task TheStarsColumnShowsEachSessionsCountAndSortsByIt()
    {
        // Arrange
        await StarSeeding.StarAsync(_database, "pki-future", 3, Ct);
        await StarSeeding.StarAsync(_database, "keystone-internals", 1, Ct);
        var cut = RenderLoaded();

        // Act: the second click sorts descending
        ClickHeader(cut, "Stars");
        ClickHeader(cut, "Stars");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(
            ["PKI Future", "Keystone Internals"],
            cut.FindAll("tbody tr td[data-label=Title]").Take(2).Select(td => td.TextContent.Trim())));
        Assert.Equal("3", Row(cut, "PKI Future")["Stars"]);
        Assert.Equal("0", Row(cut, "Closing quantum/nova gaps")["Stars"]);
    }

    [Fact]
    public async Task ASessionWithMoreStarsThanItsRoomHoldsSaysSoInTheStarsColumn()
    {
        // Arrange
        await StarSeeding.SetCapacityAsync(_database, "windsor-bc", 2, Ct);
        await StarSeeding.StarAsync(_database, "pki-future", 3, Ct);

        // Act
        var cut = RenderLoaded();

        // Assert
        var stars = cut.FindAll("tbody tr").Single(r => r.QuerySelector("td[data-label=Title]")!.TextContent.Trim() == "PKI Future").QuerySelector("td[data-label=Stars]")!;
        Assert.StartsWith("3", stars.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("room holds 2", stars.QuerySelector(".mud-chip")!.TextContent.Trim());
        Assert.Equal("0", Row(cut, "Keystone Internals")["Stars"]);
    }
}
