namespace Summit.Tests.Schedule;

public sealed class ScheduleGroupingTests
{
    private static readonly DateOnly Monday = new(2012, 10, 15);
    private static readonly DateOnly Thursday = new(2012, 10, 18);

    [Fact]
    public void SessionsGroupUnderTheirDayThenSlotInTimeOrder()
    {
        // Arrange
        var late = new SessionBuilder().Titled("Late").At(Monday, new TimeOnly(16, 30), new TimeOnly(17, 10)).Build();
        var early = new SessionBuilder().Titled("Early").At(Monday, new TimeOnly(9, 50), new TimeOnly(10, 30)).Build();
        var thursday = new SessionBuilder().Titled("Thursday").At(Thursday, new TimeOnly(13, 30), new TimeOnly(14, 10)).Build();

        // Act
        var days = ScheduleGrouping.ByDayAndSlot([thursday, late, early]);

        // Assert
        Assert.Equal([Monday, Thursday], days.Select(d => d.Date));
        Assert.Equal(["Early", "Late"], days[0].Slots.Select(s => s.Sessions.Single().Title));
        Assert.Equal(new TimeOnly(13, 30), days[1].Slots.Single().Start);
    }

    [Fact]
    public void SessionsSharingASlotAreOrderedByRoom()
    {
        var second = new SessionBuilder().Titled("In room two").InRoom("two", "Room Two", order: 2).Build();
        var first = new SessionBuilder().Titled("In room one").InRoom("one", "Room One", order: 1).Build();

        var slot = ScheduleGrouping.ByDayAndSlot([second, first]).Single().Slots.Single();

        Assert.Equal(["In room one", "In room two"], slot.Sessions.Select(s => s.Title));
    }
}
