using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Summit.Core.Editing;

namespace Summit.Data.Configurations;

internal sealed class ScheduleChangeConfiguration : IEntityTypeConfiguration<ScheduleChange>
{
    public void Configure(EntityTypeBuilder<ScheduleChange> builder)
    {
        builder.ToTable("ScheduleChanges");
        builder.Property(c => c.User).HasMaxLength(256);
        builder.Property(c => c.EntityType).HasMaxLength(32);
        builder.Property(c => c.EntityLabel).HasMaxLength(300);
        builder.Property(c => c.Action).HasMaxLength(32);
        builder.HasIndex(c => c.AtUtc);
        builder.HasIndex(c => new { c.EntityType, c.EntityId });

        // The fields are read whole with their change, never queried: one JSON column keeps them together.
        builder.Property(c => c.Fields)
            .HasConversion(
                fields => JsonSerializer.Serialize(fields, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, JsonSerializerOptions.Web) ?? new List<FieldChange>(),
                new ValueComparer<List<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    fields => fields.Aggregate(0, (hash, f) => HashCode.Combine(hash, f)),
                    fields => fields.ToList()));
    }
}
