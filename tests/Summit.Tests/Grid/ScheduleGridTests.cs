using Bunit;
using Summit.Core.Grid;
using Summit.Core.Time;
using Summit.Web.Grid;

namespace Summit.Tests.Grid;

/// <summary>The grid as a table: what a screen reader and a sighted reader get from the layout rules.</summary>
public sealed class ScheduleGridTests : SummitBunitContext
{
    private static readonly EventClock Clock = new("America/Los_Angeles");
    private static readonly DateOnly Monday = new(2012, 10, 15);
    private static readonly DateOnly Tuesday = new(2012, 10, 16);

    private static readonly NamedRef RoomA = new("room-a", "Room A");
    private static readonly NamedRef RoomB = new("room-b", "Room B");

    private static ScheduledSession Session(string title, NamedRef room, int startHour, int startMinute, int endHour, int endMinute, DateOnly? day = null) =>
        new SessionBuilder().Titled(title).InRoom(room.Slug, room.Name)
            .At(day ?? Monday, new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute)).Build();

    private IRenderedComponent<ScheduleGrid> RenderGrid(params ScheduledSession[] sessions) =>
        Render<ScheduleGrid>(p => p.Add(c => c.Days, GridLayout.ByDay([RoomA, RoomB], sessions)).Add(c => c.Clock, Clock));

    [Fact]
    public void RoomsAreColumnHeadersAndTimesAreRowHeaders()
    {
        // Act
        var cut = RenderGrid(Session("Long", RoomA, 9, 0, 10, 30), Session("Short", RoomB, 9, 30, 10, 0));

        // Assert
        Assert.Equal(["Time", "Room A", "Room B"], cut.FindAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        Assert.Equal(["9:00am", "9:30am", "10:00am"], cut.FindAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()));
        Assert.Equal("2012-10-15T09:00-07:00", cut.Find("tbody th[scope=row] time").GetAttribute("datetime"));
        Assert.Equal(cut.Find("h2").Id, cut.Find("table").GetAttribute("aria-labelledby"));
        Assert.Contains("(times in PDT)", cut.Find("h2").TextContent);
    }

    [Fact]
    public void ASessionsCellSpansItsRowsAndTheRowsItCoversLeaveItsColumnOut()
    {
        var cut = RenderGrid(Session("Long", RoomA, 9, 0, 10, 30), Session("Short", RoomB, 9, 30, 10, 0));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal("3", cut.Find("td:has(#long)").GetAttribute("rowspan"));
        Assert.Null(cut.Find("td:has(#short)").GetAttribute("rowspan"));
        // Counting the spanning cell, every row fills the two room columns: the table's columns stay aligned.
        Assert.Equal([2, 1, 1], rows.Select(r => r.QuerySelectorAll("td").Length));
    }

    [Fact]
    public void ARoomWithNothingAtATimeHasAnEmptyCell()
    {
        var cut = RenderGrid(Session("Long", RoomA, 9, 0, 10, 30), Session("Short", RoomB, 9, 30, 10, 0));

        var empty = cut.FindAll("td.grid-empty");
        Assert.Equal(2, empty.Count);
        Assert.All(empty, cell => Assert.Equal("", cell.TextContent.Trim()));
    }

    [Fact]
    public void OverlappingSessionsOfOneRoomAreStackedInOneCellEachWithItsTimes()
    {
        var cut = RenderGrid(Session("First", RoomA, 9, 0, 10, 0), Session("Overlapping", RoomA, 9, 30, 10, 30));

        var cell = cut.Find("td.grid-stacked");
        Assert.Equal("3", cell.GetAttribute("rowspan"));
        Assert.Equal(["First", "Overlapping"], cell.QuerySelectorAll(".grid-title").Select(t => t.TextContent.Trim()));
        Assert.Equal(["9:00am – 10:00am", "9:30am – 10:30am"], cell.QuerySelectorAll(".grid-when").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public void ABlockShowsTitleLinkTrackKindLeadsAndAStar()
    {
        // Arrange
        var split = new SessionBuilder().Titled("Improving Quantum Firewalling", "improving-quantum-firewalling")
            .InRoom(RoomA.Slug, RoomA.Name).At(Monday, new TimeOnly(15, 40), new TimeOnly(16, 20))
            .OfKind(SessionKind.Split).WithSubject("Packet filter", "").WithSubject("Firewall API", "")
            .LedBy("Sumit").LedBy("Salvatore", tentative: true).Build();

        // Act
        var cut = RenderGrid(split);

        // Assert
        var block = cut.Find("#improving-quantum-firewalling");
        Assert.Equal("sessions/improving-quantum-firewalling", block.QuerySelector(".grid-title a")!.GetAttribute("href"));
        Assert.Equal("Quantum · Split session, 2 subjects", block.QuerySelector(".grid-facts")!.TextContent.Trim());
        Assert.Contains("Salvatore (tentative)", block.QuerySelector(".session-leads")!.TextContent);
        Assert.Equal("improving-quantum-firewalling", block.QuerySelector("form[data-star-form] input[name=session]")!.GetAttribute("value"));
    }

    [Fact]
    public void EachDayIsItsOwnTableWithLinksToEach()
    {
        var cut = RenderGrid(Session("Monday", RoomA, 9, 0, 10, 0), Session("Tuesday", RoomB, 9, 0, 10, 0, Tuesday));

        Assert.Equal(2, cut.FindAll("table").Count);
        Assert.Equal(["#day-2012-10-15", "#day-2012-10-16"], cut.FindAll("nav.day-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Room B"], cut.FindAll("table")[1].QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public void NoSessionsSaySo()
    {
        var cut = RenderGrid();

        Assert.Contains("No sessions are scheduled yet.", cut.Markup);
        Assert.Empty(cut.FindAll("table"));
    }
}
