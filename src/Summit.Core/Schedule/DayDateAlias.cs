namespace Summit.Core.Schedule;

/// <summary>
/// A date a day had before an organizer moved it. A day's date is its address in filters (<c>day=2012-10-15</c>), so
/// filtered addresses and subscribed feeds keep selecting the day until another day takes the date.
/// </summary>
public class DayDateAlias
{
    public int Id { get; set; }

    /// <summary>The former date; no two aliases share one.</summary>
    public DateOnly Date { get; set; }

    public int DayId { get; set; }
}
