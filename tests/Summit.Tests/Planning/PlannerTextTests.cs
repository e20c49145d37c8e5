using Summit.Core.Editing;
using Summit.Core.Planning;

namespace Summit.Tests.Planning;

public sealed class PlannerTextTests
{
    [Fact]
    public void APlaceReadsAsRoomDayAndTime() =>
        Assert.Equal("Windsor BC, Tue 16 Oct 11:00am", PlannerText.Place("Windsor BC", new DateOnly(2012, 10, 16), new TimeOnly(11, 0)));

    [Fact]
    public void AStaleMoveNamesWhoChangedWhatAndCutsLongValues()
    {
        // Act
        var message = PlannerText.Stale("PKI Future", "grace@example.org", TimeSpan.FromMinutes(5), [new FieldChange("Description", null, new string('x', 60))]);

        // Assert
        Assert.Equal(
            $"“PKI Future” was changed by grace@example.org 5 minutes ago (Description: none → {new string('x', 39)}…), so nothing was changed. The planner now shows it as it is: try again from there.",
            message);
    }

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(90, "a minute ago")]
    [InlineData(600, "10 minutes ago")]
    [InlineData(3 * 3600, "3 hours ago")]
    [InlineData(3 * 86400, "3 days ago")]
    public void AgoReadsLikeSpeech(int seconds, string expected) => Assert.Equal(expected, PlannerText.Ago(TimeSpan.FromSeconds(seconds)));
}
