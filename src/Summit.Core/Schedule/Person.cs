namespace Summit.Core.Schedule;

/// <summary>Someone who leads sessions.</summary>
public class Person
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }
}
