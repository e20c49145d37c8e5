using Microsoft.EntityFrameworkCore;
using Summit.Core.Planning;
using Summit.Data;
using Summit.Organizer.Accounts;

namespace Summit.Organizer.Planner;

/// <summary>
/// The planner's moves: each one transaction, refused when a session changed since the organizer saw it, raising
/// revisions and recording history like any save. Holds no state; one database context per operation.
/// </summary>
public sealed class PlannerDesk(IDbContextFactory<SummitDbContext> factory, OrganizerAccess? access = null)
{
    /// <summary>The day to plan (the event's first day when null or unknown); null while the database holds no event.</summary>
    public Task<PlannerDay?> LoadDayAsync(DateOnly? day, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Moves a session (placed or from the tray) to a free room and slot.</summary>
    public Task<PlannerOutcome> MoveAsync(PlannerCardRef session, int roomId, int slotId, string user, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Swaps the places of two sessions (either may be in the tray) in one transaction.</summary>
    public Task<PlannerOutcome> SwapAsync(PlannerCardRef first, PlannerCardRef second, string user, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Merges <paramref name="source"/> into <paramref name="target"/> as a subject (the existing merge).</summary>
    public Task<PlannerOutcome> MergeAsync(PlannerCardRef source, PlannerCardRef target, string user, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Takes a session off the schedule into the tray.</summary>
    public Task<PlannerOutcome> UnscheduleAsync(PlannerCardRef session, string user, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Undoes the last move.</summary>
    public Task<PlannerOutcome> UndoAsync(PlannerUndo undo, string user, CancellationToken cancellationToken) => throw new NotImplementedException();

    private IDbContextFactory<SummitDbContext> Factory => factory;

    private OrganizerAccess? Access => access;
}
