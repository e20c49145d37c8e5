namespace Summit.Core.Schedule;

/// <summary>
/// The guid a session has in schedule.json and schedule.xml: a name-based UUID (version 5) of its calendar UID, so it is
/// the same across restarts, renames, moves and re-imports, and differs from the UID itself (a file's guid never
/// passes for a calendar's UID).
/// </summary>
public static class SessionGuid
{
    /// <summary>What follows the session's <see cref="Session.Uid"/> in its calendar UID.</summary>
    public const string UidDomain = "@summit";

    /// <summary>The session's UID in calendars: "{uid}@summit".</summary>
    public static string CalendarUid(Guid uid) => $"{uid:D}{UidDomain}";

    /// <summary>The session's guid in exported schedules, from its <see cref="Session.Uid"/>.</summary>
    public static Guid From(Guid uid) => StableGuid.From(CalendarUid(uid));
}
