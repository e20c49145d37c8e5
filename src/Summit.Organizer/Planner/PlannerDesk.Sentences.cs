using Summit.Core.Planning;

namespace Summit.Organizer.Planner;

/// <summary>What the organizer reads after a move: what it did, why it did nothing, and what its undo button says.</summary>
public sealed partial class PlannerDesk
{
    private static string NothingToDo(PlannerMove move, List<Placement> plan) => move switch
    {
        PlannerMove.Move => $"“{plan[0].Session.Title}” is already there.",
        PlannerMove.Unschedule => $"“{plan[0].Session.Title}” is already in the tray.",
        PlannerMove.Swap => "Both sessions are in the tray: there is nothing to swap.",
        _ => "The sessions are already where the undo would put them.",
    };

    private static string Sentence(PlannerMove move, List<Placement> moving, Places places) => move switch
    {
        PlannerMove.Swap => PlannerText.Swapped(moving[0].Session.Title, moving[^1].Session.Title),
        PlannerMove.Unschedule => PlannerText.Unscheduled(moving[0].Session.Title),
        PlannerMove.Move => PlannerText.Moved(moving[0].Session.Title, places.Describe(moving[0].ToRoom!.Value, moving[0].ToSlot!.Value)),
        _ => PlannerText.PutBack([.. moving.Select(p => (p.Session.Title, p.ToRoom is { } room ? places.Describe(room, p.ToSlot!.Value) : null))]),
    };

    private static string UndoLabel(PlannerMove move, List<Placement> moving) => move switch
    {
        PlannerMove.Swap => $"Undo the swap of “{moving[0].Session.Title}” and “{moving[^1].Session.Title}”",
        PlannerMove.Unschedule => $"Undo taking “{moving[0].Session.Title}” off the schedule",
        _ => $"Undo the move of “{moving[0].Session.Title}”",
    };
}
