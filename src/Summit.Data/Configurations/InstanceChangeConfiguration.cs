using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Summit.Data.Instances;

namespace Summit.Data.Configurations;

internal sealed class ScheduleVersionConfiguration : IEntityTypeConfiguration<ScheduleVersion>
{
    public void Configure(EntityTypeBuilder<ScheduleVersion> builder)
    {
        builder.ToTable("ScheduleVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The row exists from the start: saves update it without reading it.
        builder.HasData(new ScheduleVersion { Id = ScheduleVersion.RowId, Stamp = 0 });
    }
}

internal sealed class AgendaChangeConfiguration : IEntityTypeConfiguration<AgendaChange>
{
    public void Configure(EntityTypeBuilder<AgendaChange> builder)
    {
        builder.ToTable("AgendaChanges");
    }
}
