using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.LeadOffers;
using Summit.Organizer.LeadOffers;
using Summit.Organizer.Sessions;

namespace Summit.Tests.LeadOffers;

/// <summary>The dashboard's open offers on a database of their own per test: listing, accepting, declining.</summary>
public sealed class LeadOffersSectionTests : SummitBunitContext, IAsyncLifetime
{
    private const string Slug = "pki-future";

    private TestDatabase _database = null!;
    private int _sessionId;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<SessionEditor>();
        Services.AddScoped<LeadOfferDesk>();
        AddAuthorization().SetAuthorized("ada@example.org");

        await using var db = _database.CreateContext();
        _sessionId = await db.Sessions.Where(s => s.Slug == Slug).Select(s => s.Id).SingleAsync(Ct);
        await db.Sessions.Where(s => s.Id == _sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.LeadWanted, true), Ct);
        db.LeadOffers.Add(LeadOfferRules.Record(null, _sessionId, new LeadOfferInput("Grace Hopper", "grace@example.org", "I ran this last year."), DateTime.UtcNow));
        await db.SaveChangesAsync(Ct);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<LeadOffersSection> RenderLoaded()
    {
        var cut = Render<LeadOffersSection>();
        cut.WaitForElement(".lead-offer");
        return cut;
    }

    private static void Click(IRenderedComponent<LeadOffersSection> cut, string text) =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text).Click();

    private async Task<Session> SessionAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.AsNoTracking().Include(s => s.Leads).ThenInclude(l => l.Person).SingleAsync(s => s.Id == _sessionId, Ct);
    }

    private async Task<LeadOffer> OfferAsync()
    {
        await using var db = _database.CreateContext();
        return await db.LeadOffers.AsNoTracking().SingleAsync(Ct);
    }

    [Fact]
    public void AnOpenOfferShowsItsSessionSenderAddressAndNote()
    {
        // Act
        var cut = RenderLoaded();

        // Assert
        var offer = cut.Find(".lead-offer").TextContent;
        Assert.Contains("PKI", offer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Grace Hopper", offer, StringComparison.Ordinal);
        Assert.Contains("grace@example.org", offer, StringComparison.Ordinal);
        Assert.Contains("I ran this last year.", offer, StringComparison.Ordinal);
        Assert.Contains("UTC", offer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptingMakesTheSenderATentativeLeadOfASessionThatNoLongerWantsOne()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        Click(cut, "Accept");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("is now a tentative lead", cut.Find(".lead-offer-message").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".lead-offer"));
        var session = await SessionAsync();
        var lead = Assert.Single(session.Leads, l => l.Person!.Name == "Grace Hopper");
        Assert.True(lead.IsTentative);
        Assert.False(session.LeadWanted);
        var offer = await OfferAsync();
        Assert.Equal((LeadOfferStatus.Accepted, "ada@example.org"), (offer.Status, offer.DecidedBy));
    }

    [Fact]
    public async Task AcceptingGoesIntoTheSessionsHistory()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        Click(cut, "Accept");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".lead-offer")));

        // Assert: the same save path as the session editor, so the change is recorded and counted
        await using var db = _database.CreateContext();
        var change = await db.Changes.AsNoTracking().OrderByDescending(c => c.Id).FirstAsync(Ct);
        Assert.Equal(("ada@example.org", _sessionId), (change.User, change.EntityId));
        Assert.Contains("Grace Hopper (tentative)", change.Fields.Select(f => f.New), StringComparer.Ordinal);
    }

    [Fact]
    public async Task DecliningLeavesTheSessionAsItWas()
    {
        // Arrange
        var before = await SessionAsync();
        var cut = RenderLoaded();

        // Act
        Click(cut, "Decline");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Declined", cut.Find(".lead-offer-message").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".lead-offer"));
        var after = await SessionAsync();
        Assert.Equal((before.Version, before.Leads.Count), (after.Version, after.Leads.Count));
        Assert.True(after.LeadWanted);
        Assert.Equal(LeadOfferStatus.Declined, (await OfferAsync()).Status);
    }

    [Fact]
    public async Task AnOfferDecidedByAnotherOrganizerMeanwhileIsNotDecidedTwice()
    {
        // Arrange: the list was read before another organizer declined the offer
        var cut = RenderLoaded();
        await Services.GetRequiredService<LeadOfferDesk>().DeclineAsync((await OfferAsync()).Id, "bob@example.org", Ct);

        // Act
        Click(cut, "Accept");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("already declined by bob@example.org", cut.Find(".lead-offer-message").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain((await SessionAsync()).Leads, l => l.Person!.Name == "Grace Hopper");
    }
}
