namespace Summit.Organizer.Planner;

/// <summary>
/// What a planner move did: applied (with the sentence to show and the move that undoes it), or refused with the
/// reason: someone changed a session meanwhile (what they changed), the cell is taken, or the move makes no sense.
/// A refused move changed nothing.
/// </summary>
public sealed record PlannerOutcome(bool Applied, string Message, PlannerUndo? Undo)
{
    /// <summary>When refused because someone changed a session meanwhile: who, when and what, from the history.</summary>
    public Summit.Organizer.Sessions.EditConflict? Conflict { get; init; }

    public static PlannerOutcome Done(string message, PlannerUndo? undo) => new(true, message, undo);

    public static PlannerOutcome Refused(string message) => new(false, message, null);
}

/// <summary>
/// The move that puts things back as they were before the last one, against the versions that move left; undoing
/// after someone else changed one of the sessions is refused like any stale move.
/// </summary>
public sealed record PlannerUndo(string Label, IReadOnlyList<PlannerUndoStep> Steps);

/// <summary>Put <paramref name="Session"/> back in this room and slot (both null: back to the tray).</summary>
public sealed record PlannerUndoStep(Summit.Core.Planning.PlannerCardRef Session, int? RoomId, int? SlotId);
