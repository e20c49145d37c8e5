namespace Summit.Core.Schedule;

public class SessionSubject
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public int Order { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown, like a session's description.</summary>
    public string Description { get; set; } = "";
}
