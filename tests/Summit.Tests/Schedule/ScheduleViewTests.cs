using Bunit;
using Summit.Core.Time;
using Summit.Web.Schedule;

namespace Summit.Tests.Schedule;

public sealed class ScheduleViewTests : SummitBunitContext
{
    private static readonly EventClock Clock = new("America/Los_Angeles");

    [Fact]
    public void DaysAreHeadingsAndSlotsShowLocalTimeWithZone()
    {
        // Arrange
        var days = ScheduleGrouping.ByDayAndSlot(
        [
            new SessionBuilder().Titled("Closing gaps").At(new DateOnly(2012, 10, 15), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build(),
            new SessionBuilder().Titled("PKI Future").At(new DateOnly(2012, 10, 18), new TimeOnly(11, 50), new TimeOnly(12, 30)).Build(),
        ]);

        // Act
        var cut = Render<ScheduleView>(p => p.Add(c => c.Days, days).Add(c => c.Clock, Clock));

        // Assert
        Assert.Equal(["Monday, October 15", "Thursday, October 18"], cut.FindAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(["9:50am PDT", "11:50am PDT"], cut.FindAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("2012-10-15T09:50-07:00", cut.Find("h3 time").GetAttribute("datetime"));
    }

    [Fact]
    public void DayNavigationLinksToEachDayWithItsCount()
    {
        var days = ScheduleGrouping.ByDayAndSlot(
        [
            new SessionBuilder().Titled("One").At(new DateOnly(2012, 10, 15), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build(),
            new SessionBuilder().Titled("Two").At(new DateOnly(2012, 10, 15), new TimeOnly(11, 0), new TimeOnly(11, 40)).Build(),
        ]);

        var cut = Render<ScheduleView>(p => p.Add(c => c.Days, days).Add(c => c.Clock, Clock));

        var link = cut.Find("nav.day-nav a");
        Assert.Equal("#day-2012-10-15", link.GetAttribute("href"));
        Assert.Contains("(2)", link.TextContent);
    }

    [Fact]
    public void EmptyScheduleSaysSo()
    {
        var cut = Render<ScheduleView>(p => p.Add(c => c.Days, []).Add(c => c.Clock, Clock));

        Assert.Contains("No sessions are scheduled yet.", cut.Markup);
    }
}
