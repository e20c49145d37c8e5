using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class OrganizerInvitationConfiguration : IEntityTypeConfiguration<OrganizerInvitation>
{
    public void Configure(EntityTypeBuilder<OrganizerInvitation> builder)
    {
        builder.ToTable("OrganizerInvitations");
        builder.Property(i => i.CodeHash).HasMaxLength(32);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
    }
}
