namespace Summit.Organizer.Structure;

/// <summary>A room or track form's values, mutable for binding.</summary>
public sealed class NamedForm
{
    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>A room's capacity as typed: text, so a bad entry reaches the editor and gets its message.</summary>
    public string Capacity { get; set; } = "";

    public NamedDraft ToDraft() => new(Name, Slug, Capacity);
}
