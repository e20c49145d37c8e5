using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Releases;
using Summit.Data.Releases;

namespace Summit.Tests.Data;

public sealed class ReleaseWriterConcurrencyTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ReleaseWriter _writer = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var factory = new TestDbContextFactory(_database);
        var options = Options.Create(new ReleaseOptions());
        _writer = new ReleaseWriter(factory, new ReleaseStore(factory, options), new ScheduleChangeSignal(), TimeProvider.System, options);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TwoReleasesAgainstTheSameLatestMakeOneReleaseAndTellTheOther()
    {
        // Arrange: the seed's release 1 is public, and the working copy has a change waiting
        await using (var db = _database.CreateContext())
        {
            (await db.Conferences.SingleAsync(Ct)).PublishMode = PublishMode.WhenReleased;
            (await db.Sessions.OrderBy(s => s.Id).FirstAsync(Ct)).Title = "Nova roadmap";
            await db.SaveChangesAsync(Ct);
        }

        // Act
        var outcomes = await Task.WhenAll(
            Task.Run(() => _writer.ReleaseAsync(1, new ReleaseRequest(null, "Ada's release", "ada@example.org"), Ct), Ct),
            Task.Run(() => _writer.ReleaseAsync(1, new ReleaseRequest("Final", "Bob's release", "bob@example.org"), Ct), Ct));

        // Assert
        var released = Assert.Single(outcomes.OfType<ReleaseOutcome.Released>());
        var overtaken = Assert.Single(outcomes.OfType<ReleaseOutcome.Overtaken>());
        Assert.Equal(2, released.Release.Version);
        Assert.Equal(released.Release, overtaken.Latest);
        Assert.False(overtaken.Preview.ChangesSomething);
        await using var check = _database.CreateContext();
        Assert.Equal([1, 2], await check.Releases.OrderBy(r => r.Version).Select(r => r.Version).ToListAsync(Ct));
    }
}
