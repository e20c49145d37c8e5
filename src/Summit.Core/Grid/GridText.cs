namespace Summit.Core.Grid;

/// <summary>The short words a grid block uses where the list's card has room for badges.</summary>
public static class GridText
{
    /// <summary>
    /// The session's kind in a few words, or null for a regular one: "Split session, 3 subjects" (a split session
    /// shares its slot between subjects, and how many tells an attendee how much of it is theirs), "Half session",
    /// "Merged".
    /// </summary>
    public static string? Kind(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Kind switch
        {
            SessionKind.Split => session.Subjects.Count == 1 ? "Split session, 1 subject" : $"Split session, {session.Subjects.Count} subjects",
            SessionKind.Half => "Half session",
            _ when session.IsMerged => "Merged",
            _ => null,
        };
    }

    /// <summary>The session's status when it is not simply confirmed: "Tentative", "Cancelled".</summary>
    public static string? Status(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Status switch
        {
            SessionStatus.Tentative => "Tentative",
            SessionStatus.Cancelled => "Cancelled",
            _ => null,
        };
    }
}
