using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Summit.Data.Releases;

namespace Summit.Data.Configurations;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> builder)
    {
        builder.ToTable("Releases");
        // Numbers are taken, not generated: the next release is the latest plus one, and the key refuses a second taker.
        builder.HasKey(r => r.Version);
        builder.Property(r => r.Version).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Property(r => r.ReleasedBy).HasMaxLength(256);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
    }
}
