using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

/// <summary>
/// The Data Protection key ring (see <see cref="SummitDbContext.DataProtectionKeys"/>). A key's name is "key-" and its
/// id; its XML, a few hundred bytes, has no length limit of ours to outgrow.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(100);
    }
}
