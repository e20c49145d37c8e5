using Summit.Core.Editing;

namespace Summit.Organizer.Sessions;

/// <summary>
/// What every change to a session leaves behind, whichever service made it (the editor, the planner): a raised
/// revision (the calendars' SEQUENCE), a new version (so an older view of it is refused), the time, and a history entry.
/// </summary>
internal static class SessionStamps
{
    public static void Touch(Session session, DateTime utcNow)
    {
        session.Revision = session.Id == 0 ? 0 : session.Revision + 1;
        session.LastModifiedUtc = utcNow;
        session.Version = Guid.NewGuid();
    }

    public static ScheduleChange Change(string user, Session session, string action, FieldDiff diff, DateTime utcNow) => new()
    {
        AtUtc = utcNow,
        User = user,
        EntityType = "Session",
        EntityId = session.Id,
        EntityLabel = session.Title,
        Action = action,
        Fields = [.. diff.Changes],
    };
}
