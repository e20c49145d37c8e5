namespace Summit.Core.Schedule;

public enum SessionStatus
{
    Confirmed,
    Tentative,

    /// <summary>Still published, so calendars that imported it learn it is off.</summary>
    Cancelled,
}
