namespace Summit.Organizer.Structure;

/// <summary>A room or track form's values, mutable for binding.</summary>
public sealed class NamedForm
{
    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public NamedDraft ToDraft() => new(Name, Slug);
}
