namespace Summit.Core.Releases;

/// <summary>The checks a release's name and comment must pass; each failure names its field and says what to do.</summary>
public static class ReleaseRules
{
    public const int MaxName = 100;
    public const int MaxComment = 2000;

    /// <summary>Checks a <see cref="ReleaseDraft.Normalized"/> draft; an empty result means it can be released.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(ReleaseDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>();
        if (draft.Name?.Length > MaxName)
        {
            errors[ReleaseFields.Name] = [$"Keep the name to {MaxName} characters or fewer, such as “Final”."];
        }

        if (string.IsNullOrEmpty(draft.Comment))
        {
            errors[ReleaseFields.Comment] = ["Say what changed in this release: attendees read it in the changelog."];
        }
        else if (draft.Comment.Length > MaxComment)
        {
            errors[ReleaseFields.Comment] = [$"Keep the comment to {MaxComment:N0} characters or fewer."];
        }

        return errors;
    }
}
