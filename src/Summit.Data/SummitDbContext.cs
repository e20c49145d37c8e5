using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Agenda;
using Summit.Core.Editing;

namespace Summit.Data;

/// <summary>The one database context: the schedule, agendas, history and the organizers' accounts.</summary>
public class SummitDbContext(DbContextOptions<SummitDbContext> options) : IdentityDbContext<OrganizerUser>(options)
{
    public DbSet<Conference> Conferences => Set<Conference>();

    public DbSet<Day> Days => Set<Day>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<TimeSlot> TimeSlots => Set<TimeSlot>();

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SessionSlugAlias> SessionSlugAliases => Set<SessionSlugAlias>();

    public DbSet<PersonalAgenda> Agendas => Set<PersonalAgenda>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<ScheduleChange> Changes => Set<ScheduleChange>();

    public DbSet<OrganizerInvitation> Invitations => Set<OrganizerInvitation>();

    public DbSet<OrganizerSession> OrganizerSessions => Set<OrganizerSession>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // Here rather than at registration, so that no context, however it was made, can rename a session and lose
        // its old address.
        optionsBuilder.AddInterceptors(SessionSlugHistory.Instance);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SummitDbContext).Assembly);
    }
}
