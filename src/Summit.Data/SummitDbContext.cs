using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Agenda;
using Summit.Core.Editing;
using Summit.Data.Instances;

namespace Summit.Data;

/// <summary>
/// The one database context: the schedule, agendas, history, the organizers' accounts and the keys that protect their
/// cookies.
/// </summary>
public class SummitDbContext(DbContextOptions<SummitDbContext> options) : IdentityDbContext<OrganizerUser>(options), IDataProtectionKeyContext
{
    private readonly Dictionary<Session, Session> _mergedInto = new(ReferenceEqualityComparer.Instance);

    public DbSet<Conference> Conferences => Set<Conference>();

    public DbSet<Day> Days => Set<Day>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<TimeSlot> TimeSlots => Set<TimeSlot>();

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SessionSlugAlias> SessionSlugAliases => Set<SessionSlugAlias>();

    public DbSet<RoomSlugAlias> RoomSlugAliases => Set<RoomSlugAlias>();

    public DbSet<TrackSlugAlias> TrackSlugAliases => Set<TrackSlugAlias>();

    public DbSet<DayDateAlias> DayDateAliases => Set<DayDateAlias>();

    public DbSet<RemovedSession> RemovedSessions => Set<RemovedSession>();

    public DbSet<RemovedSessionAgenda> RemovedSessionAgendas => Set<RemovedSessionAgenda>();

    public DbSet<PersonalAgenda> Agendas => Set<PersonalAgenda>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<ScheduleChange> Changes => Set<ScheduleChange>();

    public DbSet<OrganizerInvitation> Invitations => Set<OrganizerInvitation>();

    public DbSet<OrganizerSession> OrganizerSessions => Set<OrganizerSession>();

    public DbSet<Releases.Release> Releases => Set<Releases.Release>();

    public DbSet<ScheduleVersion> ScheduleVersions => Set<ScheduleVersion>();

    public DbSet<AgendaChange> AgendaChanges => Set<AgendaChange>();

    /// <summary>Attendees' offers to lead sessions: for organizers only.</summary>
    public DbSet<Core.LeadOffers.LeadOffer> LeadOffers => Set<Core.LeadOffers.LeadOffer>();

    /// <summary>What this context's saves changed since its last commit, for other instances to learn of.</summary>
    internal ChangeNotes ChangeNotes { get; } = new();

    /// <summary>
    /// The Data Protection key ring, shared by every instance on this database and kept across restarts: the keys that
    /// sign and encrypt sign-in cookies and form tokens.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Removes a session merged into another. Its cancellation, which calendars that had it receive, then names the
    /// session it went into.
    /// </summary>
    public void RemoveMergedSession(Session source, Session target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        _mergedInto[source] = target;
        Sessions.Remove(source);
    }

    internal Session? MergeTargetOf(Session session) => _mergedInto.GetValueOrDefault(session);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // Here rather than at registration, so that no context, however it was made, can rename a session, room, track
        // or day and lose its old address, remove a session without telling the calendars that had it, or change the
        // schedule or an agenda without the other instances learning of it.
        optionsBuilder.AddInterceptors(SessionSlugHistory.Instance, FilterSlugHistory.Instance, SessionTombstones.Instance, ChangeStamps.Instance);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SummitDbContext).Assembly);
    }
}
