namespace Summit.Core.Schedule;

/// <summary>
/// A slug a track had before an organizer changed it. Filtered schedule addresses and subscribed filtered feeds keep
/// using it, so it keeps selecting the track until another track takes the slug.
/// </summary>
public class TrackSlugAlias
{
    public int Id { get; set; }

    /// <summary>The former slug; no two track aliases share one.</summary>
    public required string Slug { get; set; }

    public int TrackId { get; set; }
}
