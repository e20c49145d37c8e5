namespace Summit.Core.Schedule;

public class Room
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Position among rooms on the schedule, smallest first.</summary>
    public int Order { get; set; }
}
