using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Planning;
using Summit.Data;
using Summit.Organizer.Accounts;

namespace Summit.Organizer.Planner;

/// <summary>
/// The planner's reads and moves: each move is one transaction, refused when a session changed since the organizer
/// saw it, raising revisions and recording history like any save. Holds no state; one database context per operation.
/// </summary>
/// <remarks>The clock and options are optional so tests of the moves need name only the database; the app registers both.</remarks>
public sealed partial class PlannerDesk(
    IDbContextFactory<SummitDbContext> factory,
    OrganizerAccess? access = null,
    TimeProvider? clock = null,
    IOptions<PlannerOptions>? options = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private readonly PlannerOptions _options = options?.Value ?? new PlannerOptions();

    /// <summary>The day to plan (the event's first day when null or unknown); null while the database holds no event.</summary>
    public async Task<PlannerDay?> LoadDayAsync(DateOnly? day, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await PlannerDayReader.ReadAsync(db, day, _clock.GetUtcNow(), _options, cancellationToken);
    }

    /// <summary>Moves a session (placed or from the tray) to a free room and slot.</summary>
    public Task<PlannerOutcome> MoveAsync(PlannerCardRef session, int roomId, int slotId, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return ArrangeAsync([new PlannerUndoStep(session, roomId, slotId)], PlannerMove.Move, user, cancellationToken);
    }

    /// <summary>Swaps the places of two sessions (either may be in the tray) in one transaction.</summary>
    public Task<PlannerOutcome> SwapAsync(PlannerCardRef first, PlannerCardRef second, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Id == second.Id
            ? Task.FromResult(PlannerOutcome.Refused("Choose another session to swap with."))
            : ArrangeAsync([new PlannerUndoStep(first, null, null), new PlannerUndoStep(second, null, null)], PlannerMove.Swap, user, cancellationToken);
    }

    /// <summary>Takes a session off the schedule into the tray.</summary>
    public Task<PlannerOutcome> UnscheduleAsync(PlannerCardRef session, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return ArrangeAsync([new PlannerUndoStep(session, null, null)], PlannerMove.Unschedule, user, cancellationToken);
    }

    /// <summary>Undoes the last move: puts its sessions back, refused if someone changed one of them since.</summary>
    /// <remarks>A merge leaves no undo (<see cref="MergeAsync"/>); an undo given no steps is refused.</remarks>
    public Task<PlannerOutcome> UndoAsync(PlannerUndo undo, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(undo);
        return undo.Steps.Count == 0
            ? Task.FromResult(PlannerOutcome.Refused("There is nothing to undo."))
            : ArrangeAsync(undo.Steps, PlannerMove.Undo, user, cancellationToken);
    }
}
