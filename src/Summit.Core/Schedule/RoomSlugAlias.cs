namespace Summit.Core.Schedule;

/// <summary>
/// A slug a room had before an organizer changed it. Filtered schedule addresses and subscribed filtered feeds keep
/// using it, so it keeps selecting the room until another room takes the slug.
/// </summary>
public class RoomSlugAlias
{
    public int Id { get; set; }

    /// <summary>The former slug; no two room aliases share one.</summary>
    public required string Slug { get; set; }

    public int RoomId { get; set; }
}
