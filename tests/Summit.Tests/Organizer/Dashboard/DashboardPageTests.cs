using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Dashboard;

namespace Summit.Tests.Organizer.Dashboard;

public sealed class DashboardPageTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

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

    [Fact]
    public void CountsSaySingularForOne()
    {
        // Act: the seed has 28 sessions on 4 days in its one room
        var cut = Render<DashboardPage>();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("28 sessions", cut.FindAll(".mud-paper").Select(p => p.TextContent.Trim())));
        var counts = cut.FindAll(".mud-paper").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains("4 days", counts);
        Assert.Contains("1 room", counts);
        Assert.DoesNotContain("1 rooms", counts);
    }
}
