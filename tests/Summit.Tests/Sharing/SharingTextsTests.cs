using Summit.Core.Sharing;
using Summit.Core.Time;

namespace Summit.Tests.Sharing;

public sealed class SharingTextsTests
{
    private static readonly EventClock Clock = new("America/Los_Angeles");

    [Fact]
    public void ALongDescriptionIsPlainTextCutAtAWordWithinTheLimit()
    {
        // Arrange
        var words = string.Join(' ', Enumerable.Repeat("**quantum** networking", 40));
        var session = new SessionBuilder().WithDescription(words).Build();

        // Act
        var description = SharingTexts.SessionDescription(session, Clock);

        // Assert
        Assert.InRange(description.Length, 100, SharingTexts.DescriptionLength + 1);
        Assert.DoesNotContain("*", description);
        Assert.StartsWith("quantum networking quantum", description);
    }

    [Fact]
    public void WithoutADescriptionTheTitleDayTimeAndRoomDescribeIt()
    {
        // Arrange
        var session = new SessionBuilder().Titled("PKI Future").WithDescription("")
            .At(new DateOnly(2012, 10, 18), new TimeOnly(11, 50), new TimeOnly(12, 30)).InRoom("windsor-bc", "Windsor BC").Build();

        // Act
        var description = SharingTexts.SessionDescription(session, Clock);

        // Assert
        Assert.Equal("PKI Future · Thursday, October 18, 11:50am PDT · Windsor BC", description);
    }
}
