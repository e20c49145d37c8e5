using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Dashboard;

namespace Summit.Tests.Organizer.Interest;

/// <summary>The dashboard's interest sections: star counts (never who) and sessions their room cannot hold.</summary>
public sealed class DashboardInterestTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddReleaseServices();
        Services.AddScoped<Summit.Organizer.Sessions.SessionEditor>();
        Services.AddScoped<Summit.Organizer.LeadOffers.LeadOfferDesk>();
        AddAuthorization().SetAuthorized("ada@example.org");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<DashboardPage> RenderLoaded()
    {
        var cut = Render<DashboardPage>();
        cut.WaitForElement("#starred-heading");
        return cut;
    }

    [Fact]
    public async Task MostStarredListsSessionsByTheirStarCountLinkingToTheirEditor()
    {
        // Arrange
        await StarSeeding.StarAsync(_database, "keystone-internals", 3, Ct);
        await StarSeeding.StarAsync(_database, "pki-future", 5, Ct);
        await using var db = _database.CreateContext();
        var pki = await db.Sessions.Where(s => s.Slug == "pki-future").Select(s => s.Id).SingleAsync(Ct);

        // Act
        var cut = RenderLoaded();

        // Assert
        var items = cut.FindAll(".most-starred li");
        Assert.Equal(["PKI Future · 5 stars", "Keystone Internals · 3 stars"], items.Select(i => Normalize(i.TextContent)));
        Assert.Equal($"/organizer/sessions/{pki}", items[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void WithoutStarsTheDashboardSaysNoneYet()
    {
        // Act
        var cut = RenderLoaded();

        // Assert
        Assert.Empty(cut.FindAll(".most-starred li"));
        Assert.Contains("No session is starred yet.", cut.Find("section[aria-labelledby=starred-heading]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverCapacityListsSessionsWithMoreStarsThanTheirRoomHolds()
    {
        // Arrange
        await StarSeeding.SetCapacityAsync(_database, "windsor-bc", 4, Ct);
        await StarSeeding.StarAsync(_database, "pki-future", 5, Ct);
        await StarSeeding.StarAsync(_database, "keystone-internals", 4, Ct);

        // Act
        var cut = RenderLoaded();

        // Assert: four stars fit a room of four
        var item = Assert.Single(cut.FindAll(".over-capacity li"));
        Assert.Equal("PKI Future in Windsor BC: 5 stars, room holds 4", Normalize(item.TextContent));
    }

    [Fact]
    public async Task ARoomWithoutACapacityIsNeverOverIt()
    {
        // Arrange
        await StarSeeding.StarAsync(_database, "pki-future", 5, Ct);

        // Act
        var cut = RenderLoaded();

        // Assert
        Assert.Empty(cut.FindAll(".over-capacity li"));
        Assert.Contains("No session has more stars than its room holds.", cut.Find("section[aria-labelledby=capacity-heading]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnscheduledSessionsAreCountedAndTheirStarsStillShow()
    {
        // Arrange
        await StarSeeding.SetCapacityAsync(_database, "windsor-bc", 1, Ct);
        await StarSeeding.StarAsync(_database, "pki-future", 2, Ct);
        await StarSeeding.UnscheduleAsync(_database, "pki-future", Ct);

        // Act
        var cut = RenderLoaded();

        // Assert: the public count leaves it out, the unscheduled count has it, and it has no room to be over
        var counts = cut.FindAll(".dashboard-counts .mud-paper").Select(p => Normalize(p.TextContent)).ToList();
        Assert.Contains("27 sessions", counts);
        Assert.Contains("1 unscheduled", counts);
        Assert.Equal("PKI Future · 2 stars · unscheduled", Normalize(Assert.Single(cut.FindAll(".most-starred li")).TextContent));
        Assert.Empty(cut.FindAll(".over-capacity li"));
    }

    private static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
