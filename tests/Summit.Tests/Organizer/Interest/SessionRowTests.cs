using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Interest;

/// <summary>How the sessions table reads, sorts and finds a session, scheduled or not.</summary>
public sealed class SessionRowTests
{
    private static readonly SessionRow Placed = new(
        1, "PKI Future", new DateOnly(2012, 10, 18), new TimeOnly(11, 50), "Windsor BC", 40, "Keystone",
        [new LeadInfo("ayoung", "Adam Young", false)], false, SessionStatus.Confirmed, 0, 72);

    private static readonly SessionRow Proposal = Placed with { Id = 2, Title = "Nova cells", Day = null, Start = null, Room = null, Capacity = null, Stars = 0 };

    [Fact]
    public void AScheduledSessionReadsItsTimeAndRoom()
    {
        Assert.Equal(("Thu 18 Oct 11:50am", "Windsor BC"), (Placed.When, Placed.RoomText));
        Assert.True(Placed.Interest.IsOverCapacity);
    }

    [Fact]
    public void AnUnscheduledSessionReadsUnscheduledInBothColumns()
    {
        Assert.Equal(("Unscheduled", "Unscheduled"), (Proposal.When, Proposal.RoomText));
        Assert.False(Proposal.IsScheduled);
    }

    [Fact]
    public void UnscheduledSessionsSortAfterScheduledOnesByTimeAndByRoom()
    {
        Assert.True(Proposal.WhenOrder > Placed.WhenOrder);
        Assert.True(Comparer<object>.Default.Compare(Proposal.RoomOrder, Placed.RoomOrder) > 0);
    }

    [Theory]
    [InlineData("unscheduled", false, true)]
    [InlineData("windsor", true, false)]
    [InlineData("adam", true, true)]
    [InlineData("", true, true)]
    public void SearchFindsTitleRoomTrackOrLeadAndUnscheduledFindsTheUnscheduled(string search, bool placed, bool proposal)
    {
        Assert.Equal((placed, proposal), (Placed.Matches(search), Proposal.Matches(search)));
    }
}
