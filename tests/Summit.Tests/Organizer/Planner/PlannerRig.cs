using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Agenda;
using Summit.Core.Planning;
using Summit.Organizer.Planner;

namespace Summit.Tests.Organizer.Planner;

/// <summary>
/// The seeded Windsor BC schedule (one room, every slot taken) with a second, empty room, Emerald, that holds 40:
/// free cells to move sessions into. A fresh database per test.
/// </summary>
public sealed class PlannerRig : IAsyncDisposable
{
    /// <summary>1 September 2012: six weeks before the event, when open leads are no conflict yet.</summary>
    public static readonly DateTimeOffset EarlyPlanning = new(2012, 9, 1, 17, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Thursday = new(2012, 10, 18);

    private PlannerRig(TestDatabase database, TimeProvider clock) => (Database, Clock) = (database, clock);

    public TestDatabase Database { get; }

    public TimeProvider Clock { get; }

    public int Windsor { get; private set; }

    public int Emerald { get; private set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<PlannerRig> CreateAsync(DateTimeOffset? now = null)
    {
        var rig = new PlannerRig(await TestDatabase.CreateAsync(), new FixedTimeProvider(now ?? EarlyPlanning));
        await using var db = rig.Database.CreateContext();
        var emerald = new Room { Name = "Emerald", Slug = "emerald", Order = 1, Capacity = 40 };
        db.Rooms.Add(emerald);
        await db.SaveChangesAsync(Ct);
        rig.Emerald = emerald.Id;
        rig.Windsor = await db.Rooms.Where(r => r.Slug == "windsor-bc").Select(r => r.Id).SingleAsync(Ct);
        return rig;
    }

    public PlannerDesk Desk(OrganizerAccess? access = null) =>
        new(new TestDbContextFactory(Database), access, Clock, Options.Create(new PlannerOptions()));

    /// <summary>The session as an organizer sees it on the planner now.</summary>
    public async Task<PlannerCardRef> RefAsync(string slug)
    {
        var session = await SessionAsync(slug);
        return new PlannerCardRef(session.Id, session.Version);
    }

    public async Task<Session> SessionAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Sessions.AsNoTracking().Include(s => s.Subjects).Include(s => s.Leads).SingleAsync(s => s.Slug == slug, Ct);
    }

    public async Task<Session?> FindAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, Ct);
    }

    public async Task<int> SlotAsync(DateOnly day, int hour, int minute)
    {
        await using var db = Database.CreateContext();
        var start = new TimeOnly(hour, minute);
        return await db.TimeSlots.Where(s => s.Day!.Date == day && s.Start == start).Select(s => s.Id).SingleAsync(Ct);
    }

    /// <summary>The history entries of one session, oldest first.</summary>
    public async Task<List<Summit.Core.Editing.ScheduleChange>> HistoryAsync(int sessionId)
    {
        await using var db = Database.CreateContext();
        return await db.Changes.AsNoTracking().Where(c => c.EntityType == "Session" && c.EntityId == sessionId).OrderBy(c => c.Id).ToListAsync(Ct);
    }

    /// <summary>Takes a session off the schedule behind the planner's back, as an older tool or import might.</summary>
    public async Task PutInTrayAsync(string slug)
    {
        await using var db = Database.CreateContext();
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug, Ct);
        (session.RoomId, session.TimeSlotId) = (null, null);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Gives a session stars from that many personal agendas.</summary>
    public async Task StarAsync(string slug, int count)
    {
        await using var db = Database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        for (var i = 0; i < count; i++)
        {
            db.Add(new PersonalAgenda { TokenHash = Guid.NewGuid().ToByteArray(), Items = [new AgendaItem { SessionId = id }] });
        }

        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
