using Summit.Core.Editing;

namespace Summit.Core.Releases;

/// <summary>What an organizer types to release the working copy: an optional name and a comment attendees read in the changelog.</summary>
/// <param name="Name">An optional name such as "Final".</param>
/// <param name="Comment">What changed and why, in the organizer's words.</param>
public sealed record ReleaseDraft(string? Name, string? Comment)
{
    /// <summary>Trimmed, without control characters (the comment keeps its line breaks), an empty name as null.</summary>
    public ReleaseDraft Normalized()
    {
        var name = TextInput.OptionalLine(Name)?.Trim();
        return new(string.IsNullOrEmpty(name) ? null : name, (TextInput.OptionalBlock(Comment) ?? "").Trim());
    }
}

/// <summary>The keys of the messages <see cref="ReleaseRules.Validate"/> gives, one per field.</summary>
public static class ReleaseFields
{
    public const string Name = nameof(ReleaseDraft.Name);
    public const string Comment = nameof(ReleaseDraft.Comment);
}
