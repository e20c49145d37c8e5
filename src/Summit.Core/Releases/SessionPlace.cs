namespace Summit.Core.Releases;

/// <summary>Where and when a session was, or is, in one release.</summary>
public sealed record SessionPlace(DateOnly Day, TimeOnly Start, TimeOnly End, NamedRef Room)
{
    /// <summary>The place of a session as a release publishes it.</summary>
    public static SessionPlace Of(ScheduledSession session) => new(session.Day, session.Start, session.End, session.Room);
}
