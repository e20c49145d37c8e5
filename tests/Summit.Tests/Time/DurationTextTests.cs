using Summit.Core.Time;

namespace Summit.Tests.Time;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("00:00:01", "a second")]
    [InlineData("00:00:30", "30 seconds")]
    [InlineData("00:00:00.2", "a second")]
    [InlineData("00:01:00", "a minute")]
    [InlineData("00:01:30", "90 seconds")]
    [InlineData("00:45:00", "45 minutes")]
    [InlineData("01:00:00", "an hour")]
    [InlineData("1.00:00:00", "24 hours")]
    [InlineData("1.12:00:00", "36 hours")]
    [InlineData("7.00:00:00", "7 days")]
    public void StatesADurationInTheLargestExactUnit(string duration, string expected)
    {
        // Act
        var text = DurationText.Describe(TimeSpan.Parse(duration, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected, text);
    }
}
