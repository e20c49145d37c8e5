using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class DayConfiguration : IEntityTypeConfiguration<Day>
{
    public void Configure(EntityTypeBuilder<Day> builder)
    {
        builder.HasIndex(d => d.Date).IsUnique();
        builder.HasMany(d => d.Slots)
            .WithOne(s => s.Day)
            .HasForeignKey(s => s.DayId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
