namespace Summit.Core.Schedule;

public class Track
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public int Order { get; set; }
}
