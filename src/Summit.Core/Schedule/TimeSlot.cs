namespace Summit.Core.Schedule;

/// <summary>A span of one day in event-local wall-clock time; slots differ from day to day.</summary>
public class TimeSlot
{
    public int Id { get; set; }

    public int DayId { get; set; }

    public Day? Day { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }
}
