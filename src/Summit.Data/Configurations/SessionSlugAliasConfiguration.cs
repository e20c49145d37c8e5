using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class SessionSlugAliasConfiguration : IEntityTypeConfiguration<SessionSlugAlias>
{
    public void Configure(EntityTypeBuilder<SessionSlugAlias> builder)
    {
        builder.ToTable("SessionSlugAliases");
        builder.Property(a => a.Slug).HasMaxLength(200);

        // One former address leads to one session.
        builder.HasIndex(a => a.Slug).IsUnique();

        // A deleted session's former addresses go with it.
        builder.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
