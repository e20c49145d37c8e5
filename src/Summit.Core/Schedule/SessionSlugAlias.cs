namespace Summit.Core.Schedule;

/// <summary>
/// An address a session had before its slug changed. Bookmarks, shared links and subscribed calendars keep using
/// it, so it keeps leading to the session (a permanent redirect) until another session takes the slug.
/// </summary>
public class SessionSlugAlias
{
    public int Id { get; set; }

    /// <summary>The former slug; no two aliases share one.</summary>
    public required string Slug { get; set; }

    public int SessionId { get; set; }
}
