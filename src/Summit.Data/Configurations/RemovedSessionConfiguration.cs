using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Summit.Core.Agenda;

namespace Summit.Data.Configurations;

internal sealed class RemovedSessionConfiguration : IEntityTypeConfiguration<RemovedSession>
{
    public void Configure(EntityTypeBuilder<RemovedSession> builder)
    {
        builder.ToTable("RemovedSessions");

        // A session is removed once: its UID names one cancellation.
        builder.HasIndex(r => r.Uid).IsUnique();
        builder.HasIndex(r => r.Slug);
        builder.Property(r => r.Slug).HasMaxLength(200);
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.RoomSlug).HasMaxLength(100);
        builder.Property(r => r.RoomName).HasMaxLength(100);
        builder.Property(r => r.TrackSlug).HasMaxLength(100);
        builder.Property(r => r.TrackName).HasMaxLength(100);

        // The room and track may be deleted once no session uses them; the names kept here still describe the event.
        builder.HasOne<Room>().WithMany().HasForeignKey(r => r.RoomId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Track>().WithMany().HasForeignKey(r => r.TrackId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Agendas).WithOne().HasForeignKey(a => a.RemovedSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RemovedSessionAgendaConfiguration : IEntityTypeConfiguration<RemovedSessionAgenda>
{
    public void Configure(EntityTypeBuilder<RemovedSessionAgenda> builder)
    {
        builder.ToTable("RemovedSessionAgendas");
        builder.HasKey(a => new { a.RemovedSessionId, a.AgendaId });

        // A deleted agenda has no feed left to tell.
        builder.HasOne<PersonalAgenda>().WithMany().HasForeignKey(a => a.AgendaId).OnDelete(DeleteBehavior.Cascade);
    }
}
