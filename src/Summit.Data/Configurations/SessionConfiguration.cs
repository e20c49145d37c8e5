using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Slug).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(50_000);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);

        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Uid).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();

        // One session per room and time slot: the database refuses a double booking even if a form misses it.
        builder.HasIndex(s => new { s.RoomId, s.TimeSlotId }).IsUnique();
        builder.HasIndex(s => s.TimeSlotId);

        builder.HasOne(s => s.Room).WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.TimeSlot).WithMany().HasForeignKey(s => s.TimeSlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Track).WithMany().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(s => s.Leads, lead =>
        {
            lead.ToTable("SessionLeads");
            lead.WithOwner().HasForeignKey(l => l.SessionId);
            lead.HasKey(l => new { l.SessionId, l.PersonId });
            lead.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(s => s.Subjects, subject =>
        {
            subject.ToTable("SessionSubjects");
            subject.WithOwner().HasForeignKey(x => x.SessionId);
            subject.HasKey(x => x.Id);
            subject.Property(x => x.Title).HasMaxLength(300);
            subject.Property(x => x.Description).HasMaxLength(50_000);
            subject.HasIndex(x => new { x.SessionId, x.Order });
        });
    }
}
