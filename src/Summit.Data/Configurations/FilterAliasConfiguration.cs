using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class RoomSlugAliasConfiguration : IEntityTypeConfiguration<RoomSlugAlias>
{
    public void Configure(EntityTypeBuilder<RoomSlugAlias> builder)
    {
        builder.ToTable("RoomSlugAliases");
        builder.Property(a => a.Slug).HasMaxLength(100);

        // One former slug selects one room; a deleted room's former slugs go with it.
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasOne<Room>().WithMany().HasForeignKey(a => a.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrackSlugAliasConfiguration : IEntityTypeConfiguration<TrackSlugAlias>
{
    public void Configure(EntityTypeBuilder<TrackSlugAlias> builder)
    {
        builder.ToTable("TrackSlugAliases");
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasOne<Track>().WithMany().HasForeignKey(a => a.TrackId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DayDateAliasConfiguration : IEntityTypeConfiguration<DayDateAlias>
{
    public void Configure(EntityTypeBuilder<DayDateAlias> builder)
    {
        builder.ToTable("DayDateAliases");
        builder.HasIndex(a => a.Date).IsUnique();
        builder.HasOne<Day>().WithMany().HasForeignKey(a => a.DayId).OnDelete(DeleteBehavior.Cascade);
    }
}
