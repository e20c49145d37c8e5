namespace Summit.Organizer.Planner;

/// <summary>Which move an arrangement of sessions is, for its history entries and the sentence the organizer reads.</summary>
internal enum PlannerMove
{
    /// <summary>One session to a free cell.</summary>
    Move,

    /// <summary>Two sessions trade places; the steps' own places are ignored.</summary>
    Swap,

    /// <summary>One session to the tray.</summary>
    Unschedule,

    /// <summary>The steps of a previous move's <see cref="PlannerUndo"/>.</summary>
    Undo,
}
