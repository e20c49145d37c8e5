using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class TimeSlotConfiguration : IEntityTypeConfiguration<TimeSlot>
{
    public void Configure(EntityTypeBuilder<TimeSlot> builder)
    {
        // SQLite stores TimeOnly as fixed-width "HH:mm:ss" text, so text order is time order.
        builder.ToTable(t => t.HasCheckConstraint("CK_TimeSlot_EndAfterStart", "\"End\" > \"Start\""));
        builder.HasIndex(s => new { s.DayId, s.Start, s.End }).IsUnique();
    }
}
