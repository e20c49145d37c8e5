using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class OrganizerSessionConfiguration : IEntityTypeConfiguration<OrganizerSession>
{
    public void Configure(EntityTypeBuilder<OrganizerSession> builder)
    {
        builder.ToTable("OrganizerSessions");
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.SecurityStamp).HasMaxLength(256);
        builder.Property(s => s.Device).HasMaxLength(OrganizerSession.MaxDevice);
        builder.Property(s => s.Address).HasMaxLength(OrganizerSession.MaxAddress);
        builder.HasIndex(s => new { s.UserId, s.RevokedUtc });
        builder.HasOne<OrganizerUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
