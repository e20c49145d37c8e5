using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Agenda;
using Summit.Data.Instances;

namespace Summit.Tests.Instances;

/// <summary>
/// Every save that changes the schedule renews the stored version, and every change to a stored agenda leaves a change
/// row, in the same save, whichever context makes it: other instances learn of it from the database alone.
/// </summary>
public sealed class ChangeStampsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<long> StampAsync()
    {
        await using var db = _database.CreateContext();
        return await db.ScheduleVersions.Select(v => v.Stamp).SingleAsync(Ct);
    }

    private async Task<List<int>> ChangedAgendasAsync()
    {
        await using var db = _database.CreateContext();
        return await db.AgendaChanges.OrderBy(c => c.Id).Select(c => c.AgendaId).ToListAsync(Ct);
    }

    private async Task<int> NewAgendaAsync()
    {
        await using var db = _database.CreateContext();
        var agenda = new PersonalAgenda { TokenHash = AgendaToken.Hash(AgendaToken.Create()) };
        db.Agendas.Add(agenda);
        await db.SaveChangesAsync(Ct);
        return agenda.Id;
    }

    [Fact]
    public async Task ASessionEditRenewsTheStoredScheduleVersion()
    {
        // Arrange
        var before = await StampAsync();
        await using var db = _database.CreateContext();
        var session = await db.Sessions.FirstAsync(Ct);

        // Act
        session.Title = "Renamed";
        await db.SaveChangesAsync(Ct);

        // Assert
        Assert.NotEqual(before, await StampAsync());
    }

    [Fact]
    public async Task ASaveOutsideTheScheduleLeavesTheStoredScheduleVersion()
    {
        // Arrange
        var before = await StampAsync();

        // Act
        await NewAgendaAsync();

        // Assert
        Assert.Equal(before, await StampAsync());
    }

    [Fact]
    public async Task AStarOnAStoredAgendaLeavesAChangeRowForIt()
    {
        // Arrange
        var agendaId = await NewAgendaAsync();
        await using var db = _database.CreateContext();
        var agenda = await db.Agendas.Include(a => a.Items).SingleAsync(a => a.Id == agendaId, Ct);
        var sessionId = await db.Sessions.Select(s => s.Id).FirstAsync(Ct);

        // Act
        agenda.Items.Add(new AgendaItem { SessionId = sessionId });
        await db.SaveChangesAsync(Ct);

        // Assert
        Assert.Equal([agendaId], await ChangedAgendasAsync());
    }

    [Fact]
    public async Task ANewAgendaLeavesNoChangeRow()
    {
        // Act
        await NewAgendaAsync();

        // Assert: nothing anywhere holds a feed of an agenda that did not exist
        Assert.Empty(await ChangedAgendasAsync());
    }

    [Fact]
    public async Task AFailedSaveLeavesNeitherVersionNorChangeRow()
    {
        // Arrange: a star on a session that does not exist, which the foreign key refuses
        var before = await StampAsync();
        var agendaId = await NewAgendaAsync();
        await using var db = _database.CreateContext();
        var agenda = await db.Agendas.Include(a => a.Items).SingleAsync(a => a.Id == agendaId, Ct);
        agenda.Items.Add(new AgendaItem { SessionId = int.MaxValue });
        db.Sessions.First().Title = "Renamed in a save that fails";

        // Act
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        // Assert
        Assert.Equal(before, await StampAsync());
        Assert.Empty(await ChangedAgendasAsync());
    }

    /// <summary>Stars a session on a new agenda through a context that announces what it stores, as the app's do.</summary>
    private async Task<(int AgendaId, long ChangeId)> StarAnnouncedAsync(InstanceChanges instance, IChangeBroadcast broadcast)
    {
        var agendaId = await NewAgendaAsync();
        var options = _database.Options()
            .AddInterceptors(new ScheduleChangeInterceptor(new ScheduleChangeSignal(), instance, broadcast)).Options;
        await using (var db = new SummitDbContext(options))
        {
            var agenda = await db.Agendas.Include(a => a.Items).SingleAsync(a => a.Id == agendaId, Ct);
            agenda.Items.Add(new AgendaItem { SessionId = await db.Sessions.Select(s => s.Id).FirstAsync(Ct) });
            await db.SaveChangesAsync(Ct);
        }

        await using var reader = _database.CreateContext();
        return (agendaId, await reader.AgendaChanges.Select(c => c.Id).SingleAsync(Ct));
    }

    [Fact]
    public async Task AStoredStarIsAnnouncedWithItsChangeRow()
    {
        // Arrange
        var broadcast = new RecordingBroadcast();
        var instance = new InstanceChanges();

        // Act
        var (agendaId, changeId) = await StarAnnouncedAsync(instance, broadcast);

        // Assert
        var notice = Assert.Single(broadcast.Notices);
        Assert.Equal(instance.Id, notice.Instance);
        Assert.False(notice.Schedule);
        Assert.Equal([(changeId, agendaId)], notice.Agendas);
    }

    [Fact]
    public async Task AStoredStarsChangeRowIsKnownAsTheInstancesOwn()
    {
        // Arrange
        var instance = new InstanceChanges();

        // Act
        var (_, changeId) = await StarAnnouncedAsync(instance, new RecordingBroadcast());

        // Assert: its own poll will not drop the feed again
        Assert.True(instance.IsOwn(changeId));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ANoticeReadsBackAsItWasSent(bool schedule)
    {
        // Arrange
        var notice = new ChangeNotice(Guid.NewGuid(), schedule, [(41, 7), (42, 9)]);

        // Act
        var read = ChangeNotice.Parse(notice.Format());

        // Assert
        Assert.NotNull(read);
        Assert.Equal(notice.Instance, read.Instance);
        Assert.Equal(schedule, read.Schedule);
        Assert.Equal(notice.Agendas, read.Agendas);
        Assert.False(read.AllAgendas);
    }

    [Fact]
    public void ANoticeTooLongForPostgreSqlSaysEveryAgenda()
    {
        // Arrange
        var notice = new ChangeNotice(Guid.NewGuid(), false, [.. Enumerable.Range(1, 2_000).Select(i => ((long)i, i))]);

        // Act
        var payload = notice.Format();

        // Assert
        Assert.True(payload.Length < 8_000);
        Assert.True(ChangeNotice.Parse(payload)!.AllAgendas);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("0123456789abcdef0123456789abcdef|x")]
    [InlineData("0123456789abcdef0123456789abcdef|s|a|1:x")]
    public void APayloadFromSomethingElseIsIgnored(string payload) =>
        Assert.Null(ChangeNotice.Parse(payload));

    private sealed class RecordingBroadcast : IChangeBroadcast
    {
        public List<ChangeNotice> Notices { get; } = [];

        public Task SendAsync(DbConnection connection, DbTransaction? transaction, ChangeNotice notice, CancellationToken cancellationToken)
        {
            Notices.Add(notice);
            return Task.CompletedTask;
        }

        public void Send(DbConnection connection, DbTransaction? transaction, ChangeNotice notice) => Notices.Add(notice);
    }
}
