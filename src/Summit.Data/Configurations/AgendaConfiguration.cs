using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Summit.Core.Agenda;

namespace Summit.Data.Configurations;

internal sealed class AgendaConfiguration : IEntityTypeConfiguration<PersonalAgenda>
{
    public void Configure(EntityTypeBuilder<PersonalAgenda> builder)
    {
        builder.ToTable("Agendas");
        builder.Property(a => a.TokenHash).HasMaxLength(32);
        builder.HasIndex(a => a.TokenHash).IsUnique();
        builder.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AgendaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("AgendaItems");
        builder.HasKey(i => new { i.AgendaId, i.SessionId });

        // A deleted session leaves every agenda quietly; cancelled ones stay, marked cancelled.
        builder.HasOne<Session>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
