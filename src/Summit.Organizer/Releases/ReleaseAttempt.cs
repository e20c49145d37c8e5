namespace Summit.Organizer.Releases;

/// <summary>How pressing Release ended.</summary>
public enum ReleaseAttemptKind
{
    Released,

    /// <summary>Another organizer released first: nothing was released, and the view shows the changes against theirs.</summary>
    Overtaken,

    NothingToRelease,

    /// <summary>The name or comment was refused, or the organizer was signed out: nothing was released.</summary>
    Invalid,

    /// <summary>The event publishes each save at once: there is nothing to release by hand.</summary>
    NotReleasedByHand,

    /// <summary>The database did not take it (busy, disk full): nothing was released.</summary>
    Failed,
}

/// <summary>What the releases page shows after Release: a message, messages per field, and the page as it now is.</summary>
/// <param name="View">The page reloaded; null when it was not (refused input, a failure), so the page keeps what it showed.</param>
public sealed record ReleaseAttempt(ReleaseAttemptKind Kind, string? Message, IReadOnlyDictionary<string, string[]> Errors, ReleasesView? View)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static ReleaseAttempt Of(ReleaseAttemptKind kind, string message, ReleasesView? view) => new(kind, message, NoErrors, view);

    public static ReleaseAttempt Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ReleaseAttemptKind.Invalid, null, errors, null);
}
