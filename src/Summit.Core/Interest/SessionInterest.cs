using System.Globalization;

namespace Summit.Core.Interest;

/// <summary>
/// One session's interest as organizers see it: how many personal agendas hold it (a count, never whose) and the room
/// it is in, with that room's capacity. <see cref="Room"/> is null while the session is unscheduled.
/// </summary>
public sealed record SessionInterest(int Id, string Title, int Stars, string? Room, int? Capacity)
{
    public bool IsOverCapacity => Room is not null && RoomCapacity.IsExceeded(Stars, Capacity);

    /// <summary>"72 stars, room holds 40"; "1 star" alone when the capacity is unknown or the session unscheduled.</summary>
    public string StarsText
    {
        get
        {
            var stars = Stars == 1 ? "1 star" : $"{Stars.ToString(CultureInfo.InvariantCulture)} stars";
            return Room is not null && Capacity is { } holds ? $"{stars}, room holds {holds.ToString(CultureInfo.InvariantCulture)}" : stars;
        }
    }
}
