namespace Summit.Core.Schedule;

public class Day
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public List<TimeSlot> Slots { get; set; } = [];
}
