using System.Text;
using Summit.Web.Calendar;

namespace Summit.Tests.Calendar;

public sealed class FeedValidatorsTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

    private static readonly DateTime ScheduleChanged = new(2012, 10, 12, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ANewBuildGivesAnUnchangedFeedNewValidators()
    {
        // Arrange
        var deployed = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

        // Act
        var before = FeedValidators.Of(Body, ScheduleChanged, "aaaaaa", deployed);
        var after = FeedValidators.Of(Body, ScheduleChanged, "bbbbbb", deployed.AddDays(1));

        // Assert
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.True(after.LastModified > before.LastModified);
        Assert.Equal(new DateTimeOffset(deployed.AddDays(1)), after.LastModified);
    }

    [Fact]
    public void AChangeAfterTheBuildIsTheFeedsLastModifiedToTheSecond()
    {
        var changed = new DateTime(2026, 11, 2, 9, 30, 15, 250, DateTimeKind.Utc);

        var validators = FeedValidators.Of(Body, changed, "aaaaaa", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 30, 15, TimeSpan.Zero), validators.LastModified);
        Assert.True(validators.ETag.IsWeak);
    }
}
