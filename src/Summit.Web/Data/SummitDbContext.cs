using Microsoft.EntityFrameworkCore;
using Summit.Core.Agenda;

namespace Summit.Web.Data;

public class SummitDbContext(DbContextOptions<SummitDbContext> options) : DbContext(options)
{
    public DbSet<Conference> Conferences => Set<Conference>();

    public DbSet<Day> Days => Set<Day>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<TimeSlot> TimeSlots => Set<TimeSlot>();

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<PersonalAgenda> Agendas => Set<PersonalAgenda>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SummitDbContext).Assembly);
    }
}
