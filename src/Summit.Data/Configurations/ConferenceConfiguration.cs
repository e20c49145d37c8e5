using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Summit.Data.Configurations;

internal sealed class ConferenceConfiguration : IEntityTypeConfiguration<Conference>
{
    public void Configure(EntityTypeBuilder<Conference> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Subtitle).HasMaxLength(200);
        builder.Property(c => c.Venue).HasMaxLength(200);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property(c => c.BannerText).HasMaxLength(2000);
        builder.Property(c => c.BannerLinkLabel).HasMaxLength(200);
        builder.Property(c => c.BannerLinkUrl).HasMaxLength(2000);
        builder.Property(c => c.ImageOrigins).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.PublishMode).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Core.Releases.PublishMode.Immediately).HasSentinel((Core.Releases.PublishMode)(-1));
    }
}
