using Summit.Core.Interest;

namespace Summit.Tests.Interest;

public sealed class InterestReportTests
{
    private static readonly SessionInterest Keynote = new(1, "Keynote", 72, "Windsor BC", 40);
    private static readonly SessionInterest Nova = new(2, "Nova roadmap", 30, "Annie’s Room", 20);
    private static readonly SessionInterest Quantum = new(3, "Quantum gaps", 30, "Windsor BC", 40);
    private static readonly SessionInterest Unstarred = new(4, "Docs sprint", 0, "Windsor BC", 40);
    private static readonly SessionInterest Proposal = new(5, "A proposal", 90, null, null);
    private static readonly SessionInterest UnknownRoom = new(6, "Swift internals", 500, "Hallway", null);

    [Fact]
    public void MostStarredListsStarredSessionsMostFirstWithTiesByTitle()
    {
        var top = InterestReport.MostStarred([Unstarred, Quantum, Keynote, Nova], count: 10);

        Assert.Equal(["Keynote", "Nova roadmap", "Quantum gaps"], top.Select(s => s.Title));
    }

    [Fact]
    public void MostStarredStopsAtTheCountAsked()
    {
        var top = InterestReport.MostStarred([Quantum, Keynote, Nova], count: 2);

        Assert.Equal(["Keynote", "Nova roadmap"], top.Select(s => s.Title));
    }

    [Fact]
    public void OverCapacityListsScheduledSessionsWithMoreStarsThanTheirRoomHoldsLargestShortfallFirst()
    {
        var over = InterestReport.OverCapacity([Quantum, Nova, Keynote, Proposal, UnknownRoom]);

        Assert.Equal(["Keynote", "Nova roadmap"], over.Select(s => s.Title));
    }

    [Fact]
    public void StarsTextSaysTheCountAndWhatTheRoomHolds()
    {
        Assert.Equal("72 stars, room holds 40", Keynote.StarsText);
        Assert.Equal("1 star", new SessionInterest(7, "Lonely", 1, "Hallway", null).StarsText);
        Assert.Equal("90 stars", Proposal.StarsText);
    }
}
