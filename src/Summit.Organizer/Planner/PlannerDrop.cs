namespace Summit.Organizer.Planner;

/// <summary>
/// A card dropped somewhere on the board, as the browser reports it: <see cref="Target"/> is "cell" (a free room and
/// slot), "card" (another session: a swap, or a merge with the modifier held), "merge" (a card's merge zone) or "tray".
/// </summary>
public sealed record PlannerDrop(int Session, string Target, int? TargetSession, int? Room, int? Slot, bool Modifier)
{
    public PlannerIntent Intent => Target switch
    {
        "cell" when Room is not null && Slot is not null => PlannerIntent.Move,
        "card" when TargetSession is not null && TargetSession != Session => Modifier ? PlannerIntent.Merge : PlannerIntent.Swap,
        "merge" when TargetSession is not null && TargetSession != Session => PlannerIntent.Merge,
        "tray" => PlannerIntent.Unschedule,
        _ => PlannerIntent.None,
    };
}

/// <summary>What an organizer asked for, by drag and drop or by the keyboard path.</summary>
public enum PlannerIntent
{
    None,
    Move,
    Swap,
    Merge,
    Unschedule,
}
