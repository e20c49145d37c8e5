using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Summit.Core.Agenda;
using Summit.Web.Agenda;

namespace Summit.Tests.Agenda;

public sealed class AgendaStoreRaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionStarredByAnotherTabAMomentEarlierCountsAsStarred()
    {
        // Arrange: an agenda, and another tab that stores the same star just before this one saves.
        await using var database = await TestDatabase.CreateAsync();
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        using var creations = new AgendaCreations(Options.Create(new AgendaOptions()));
        using var feeds = new AgendaFeedCache(Options.Create(new AgendaFeedCacheOptions()));
        string token;
        await using (var first = database.CreateContext())
        {
            token = (await new AgendaStore(first, clock, creations, Options.Create(new AgendaOptions()), feeds).SetStarAsync(null, null, "client", "pki-future", true, Ct)).Token!;
        }

        var otherTab = new StarFromAnotherTab(database);
        await using var db = new SummitDbContext(database.Options().AddInterceptors(otherTab).Options);

        // Act
        var result = await new AgendaStore(db, clock, creations, Options.Create(new AgendaOptions()), feeds).SetStarAsync(token, null, "client", "keystone-internals", true, Ct);

        // Assert
        Assert.True(otherTab.Inserted);
        Assert.Equal(StarOutcome.Starred, result.Outcome);
        await using var after = database.CreateContext();
        Assert.Equal(2, await after.Set<AgendaItem>().CountAsync(Ct));
    }

    /// <summary>Inserts the rows a save is about to insert, through a context and connection of its own, once.</summary>
    private sealed class StarFromAnotherTab(TestDatabase database) : SaveChangesInterceptor
    {
        public bool Inserted { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<AgendaItem>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (!Inserted && added.Count > 0)
            {
                Inserted = true;
                await using var otherTab = database.CreateContext();
                otherTab.AgendaItems.AddRange(added.Select(item => new AgendaItem { AgendaId = item.AgendaId, SessionId = item.SessionId, AddedUtc = item.AddedUtc }));
                await otherTab.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
