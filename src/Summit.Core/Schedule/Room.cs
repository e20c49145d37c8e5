namespace Summit.Core.Schedule;

public class Room
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Position among rooms on the schedule, smallest first.</summary>
    public int Order { get; set; }

    /// <summary>How many people the room holds, when known: the planner compares it with a session's stars.</summary>
    public int? Capacity { get; set; }
}
