using Summit.Core.Grid;

namespace Summit.Tests.Grid;

/// <summary>The grid's layout rules: columns, rows, spans, overlaps and empty cells, without rendering.</summary>
public sealed class GridLayoutTests
{
    private static readonly DateOnly Monday = new(2012, 10, 15);
    private static readonly DateOnly Tuesday = new(2012, 10, 16);

    private static readonly NamedRef RoomA = new("room-a", "Room A");
    private static readonly NamedRef RoomB = new("room-b", "Room B");
    private static readonly NamedRef RoomC = new("room-c", "Room C");
    private static readonly IReadOnlyList<NamedRef> Rooms = [RoomA, RoomB, RoomC];

    private static ScheduledSession Session(string title, NamedRef room, int startHour, int startMinute, int endHour, int endMinute, DateOnly? day = null) =>
        new SessionBuilder().Titled(title).InRoom(room.Slug, room.Name)
            .At(day ?? Monday, new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute)).Build();

    private static GridCell CellOf(GridDay day, string title) =>
        day.Rows.SelectMany(r => r.Cells).Single(c => c.Sessions.Any(s => s.Title == title));

    private static int RowOf(GridDay day, string title) =>
        day.Rows.ToList().FindIndex(r => r.Cells.Any(c => c.Sessions.Any(s => s.Title == title)));

    [Fact]
    public void ColumnsAreTheRoomsHoldingASessionThatDayInTheSchedulesRoomOrder()
    {
        // Arrange: room B is listed before room A in the schedule's order; room C has nothing on Monday
        var sessions = new[]
        {
            Session("In A", RoomA, 9, 0, 10, 0),
            Session("In B", RoomB, 9, 0, 10, 0),
            Session("In C on Tuesday", RoomC, 9, 0, 10, 0, Tuesday),
        };

        // Act
        var days = GridLayout.ByDay([RoomB, RoomC, RoomA], sessions);

        // Assert
        Assert.Equal([Monday, Tuesday], days.Select(d => d.Date));
        Assert.Equal([RoomB, RoomA], days[0].Rooms);
        Assert.Equal([RoomC], days[1].Rooms);
    }

    [Fact]
    public void RowsAreTheSpansBetweenTheDaysDistinctStartAndEndTimes()
    {
        // Arrange: sessions of different lengths and offsets
        var sessions = new[]
        {
            Session("Long", RoomA, 9, 0, 10, 30),
            Session("Short", RoomB, 9, 30, 10, 0),
        };

        // Act
        var day = GridLayout.ForDay(Monday, Rooms, sessions);

        // Assert
        Assert.Equal(
            [(new TimeOnly(9, 0), new TimeOnly(9, 30)), (new TimeOnly(9, 30), new TimeOnly(10, 0)), (new TimeOnly(10, 0), new TimeOnly(10, 30))],
            day.Rows.Select(r => (r.Start, r.End)));
    }

    [Fact]
    public void ASessionSpansTheRowsFromItsStartToItsEnd()
    {
        var sessions = new[]
        {
            Session("Long", RoomA, 9, 0, 10, 30),
            Session("Short", RoomB, 9, 30, 10, 0),
        };

        var day = GridLayout.ForDay(Monday, Rooms, sessions);

        Assert.Equal(3, CellOf(day, "Long").RowSpan);
        Assert.Equal(0, RowOf(day, "Long"));
        Assert.Equal(1, CellOf(day, "Short").RowSpan);
        Assert.Equal(1, RowOf(day, "Short"));
    }

    [Fact]
    public void EveryRowHasOneCellPerColumnNotCoveredByASpanFromAbove()
    {
        // Arrange: "Long" covers all three rows of room A; room B is busy only in the middle row
        var sessions = new[]
        {
            Session("Long", RoomA, 9, 0, 10, 30),
            Session("Short", RoomB, 9, 30, 10, 0),
        };

        // Act
        var day = GridLayout.ForDay(Monday, Rooms, sessions);

        // Assert: a table whose every row fills every column, counting spans
        Assert.Equal([[0, 1], [1], [1]], day.Rows.Select(r => r.Cells.Select(c => c.Column).ToArray()));
        Assert.True(day.Rows[0].Cells[1].IsEmpty);
        Assert.True(day.Rows[2].Cells[0].IsEmpty);
        Assert.All(day.Rows.SelectMany(r => r.Cells).Where(c => c.IsEmpty), c => Assert.Equal(1, c.RowSpan));
    }

    [Fact]
    public void ABreakForEveryRoomHasNoRow()
    {
        var sessions = new[]
        {
            Session("Morning", RoomA, 9, 0, 9, 40),
            Session("After the break", RoomA, 9, 50, 10, 30),
        };

        var day = GridLayout.ForDay(Monday, Rooms, sessions);

        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(9, 50)], day.Rows.Select(r => r.Start));
    }

    [Fact]
    public void OverlappingSessionsInOneRoomShareOneCellSpanningBoth()
    {
        // Arrange: two slots of one room that overlap, and a third session touching the second without overlapping
        var sessions = new[]
        {
            Session("First", RoomA, 9, 0, 10, 0),
            Session("Overlapping", RoomA, 9, 30, 10, 30),
            Session("Next", RoomA, 10, 30, 11, 0),
            Session("Elsewhere", RoomB, 9, 0, 9, 30),
        };

        // Act
        var day = GridLayout.ForDay(Monday, Rooms, sessions);

        // Assert
        var shared = CellOf(day, "First");
        Assert.True(shared.IsStacked);
        Assert.Equal(["First", "Overlapping"], shared.Sessions.Select(s => s.Title));
        Assert.Equal(3, shared.RowSpan);
        Assert.False(CellOf(day, "Next").IsStacked);
        Assert.Equal(4, day.SessionCount);
    }

    [Fact]
    public void ARunOfOverlapsIsOneCellEvenWhenTheFirstAndLastDoNotOverlap()
    {
        var sessions = new[]
        {
            Session("One", RoomA, 9, 0, 10, 0),
            Session("Two", RoomA, 9, 45, 11, 0),
            Session("Three", RoomA, 10, 30, 11, 30),
        };

        var day = GridLayout.ForDay(Monday, Rooms, sessions);

        var cell = Assert.Single(day.Rows.SelectMany(r => r.Cells));
        Assert.Equal(["One", "Two", "Three"], cell.Sessions.Select(s => s.Title));
        Assert.Equal(day.Rows.Count, cell.RowSpan);
    }

    [Fact]
    public void ARoomTheScheduleDoesNotListStillGetsAColumnAfterTheOthers()
    {
        var stray = Session("Stray", new NamedRef("annex", "Annex"), 9, 0, 10, 0);

        var day = GridLayout.ForDay(Monday, [RoomA], [stray, Session("In A", RoomA, 9, 0, 10, 0)]);

        Assert.Equal(["Room A", "Annex"], day.Rooms.Select(r => r.Name));
    }

    [Fact]
    public void NoSessionsMakeNoDays()
    {
        Assert.Empty(GridLayout.ByDay(Rooms, []));
    }
}
