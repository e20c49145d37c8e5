using Summit.Organizer.Planner;

namespace Summit.Tests.Organizer.Planner;

/// <summary>Where a card lands decides the move: a free cell moves, a card swaps (or merges with the modifier), the tray unschedules.</summary>
public sealed class PlannerDropTests
{
    [Theory]
    [InlineData("cell", null, 3, 4, false, PlannerIntent.Move)]
    [InlineData("card", 7, null, null, false, PlannerIntent.Swap)]
    [InlineData("card", 7, null, null, true, PlannerIntent.Merge)]
    [InlineData("merge", 7, null, null, false, PlannerIntent.Merge)]
    [InlineData("tray", null, null, null, false, PlannerIntent.Unschedule)]
    [InlineData("card", 1, null, null, false, PlannerIntent.None)]
    [InlineData("cell", null, 3, null, false, PlannerIntent.None)]
    [InlineData("elsewhere", null, null, null, false, PlannerIntent.None)]
    public void TheDropTargetDecidesTheMove(string target, int? targetSession, int? room, int? slot, bool modifier, PlannerIntent intent) =>
        Assert.Equal(intent, new PlannerDrop(1, target, targetSession, room, slot, modifier).Intent);
}
