using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Summit.Core.LeadOffers;

namespace Summit.Data.Configurations;

internal sealed class LeadOfferConfiguration : IEntityTypeConfiguration<LeadOffer>
{
    public void Configure(EntityTypeBuilder<LeadOffer> builder)
    {
        builder.ToTable("LeadOffers");
        builder.Property(o => o.Name).HasMaxLength(LeadOfferRules.MaxName);
        builder.Property(o => o.Email).HasMaxLength(LeadOfferRules.MaxEmail);
        builder.Property(o => o.EmailKey).HasMaxLength(LeadOfferRules.MaxEmail);
        builder.Property(o => o.Note).HasMaxLength(LeadOfferRules.MaxNote);
        builder.Property(o => o.DecidedBy).HasMaxLength(256);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);

        // One open offer per session and address, even when the same form is sent twice at once; decided offers stay
        // as the record of what was decided. Quoted identifiers read the same in SQLite and PostgreSQL.
        builder.HasIndex(o => new { o.SessionId, o.EmailKey }).IsUnique().HasFilter("\"Status\" = 'Open'");

        // The dashboard lists open offers, oldest first.
        builder.HasIndex(o => new { o.Status, o.CreatedUtc });

        // A deleted or merged-away session takes its offers along.
        builder.HasOne(o => o.Session).WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
