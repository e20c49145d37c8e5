using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summit.Core.Agenda;
using Summit.Web.Agenda;

namespace Summit.Tests.Agenda;

public sealed class EmptyAgendaCleanupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTime Now = new(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task AgendasEmptyForADayAreRemovedAndOthersKept()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var sessionId = await db.Sessions.Select(s => s.Id).FirstAsync(Ct);
            db.Agendas.AddRange(
                Agenda(1, Now.AddDays(-3), Now.AddHours(-25)),
                Agenda(2, Now.AddDays(-3), Now.AddHours(-23)),
                Agenda(3, Now.AddDays(-3), Now.AddDays(-3), sessionId));
            await db.SaveChangesAsync(Ct);
        }

        var services = new ServiceCollection().AddScoped(_ => database.CreateContext()).BuildServiceProvider();
        using var feeds = new AgendaFeedCache(Options.Create(new AgendaFeedCacheOptions()));
        var cleanup = new EmptyAgendaCleanup(
            services.GetRequiredService<IServiceScopeFactory>(),
            new FixedTimeProvider(Now),
            Options.Create(new AgendaOptions()),
            feeds,
            NullLogger<EmptyAgendaCleanup>.Instance);

        // Act
        var removed = await cleanup.RemoveEmptyAgendasAsync(Ct);

        // Assert
        Assert.Equal(1, removed);
        await using var after = database.CreateContext();
        var kept = await after.Agendas.Select(a => a.TokenHash).ToListAsync(Ct);
        Assert.Equal([2, 3], kept.Select(h => (int)h[0]).Order());
    }

    private static PersonalAgenda Agenda(byte mark, DateTime created, DateTime updated, int? sessionId = null)
    {
        var hash = new byte[32];
        hash[0] = mark;
        var agenda = new PersonalAgenda { TokenHash = hash, CreatedUtc = created, UpdatedUtc = updated };
        if (sessionId is { } id)
        {
            agenda.Items.Add(new AgendaItem { SessionId = id, AddedUtc = updated });
        }

        return agenda;
    }
}
