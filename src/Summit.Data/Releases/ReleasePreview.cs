using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>What releasing the working copy now would change, and for how many attendees.</summary>
/// <param name="Latest">The release the public sees now, or null before the first.</param>
/// <param name="Schedule">The working copy as the release would publish it.</param>
/// <param name="Changes">Its changes from <paramref name="Latest"/>.</param>
/// <param name="AffectedAgendas">Personal agendas that hold a changed or removed session.</param>
public sealed record ReleasePreview(ReleaseInfo? Latest, PublishedSchedule Schedule, IReadOnlyList<SessionChange> Changes, int AffectedAgendas)
{
    /// <summary>Whether a release would change anything the public sees.</summary>
    public bool ChangesSomething { get; init; }

    /// <summary>The hash of <see cref="Schedule"/>, kept so that releasing it does not compute it again.</summary>
    internal string ContentHash { get; init; } = "";
}

/// <summary>How a release attempt ended.</summary>
public abstract record ReleaseOutcome
{
    private ReleaseOutcome()
    {
    }

    /// <summary>Released as <paramref name="Release"/>.</summary>
    public sealed record Released(ReleaseInfo Release) : ReleaseOutcome;

    /// <summary>
    /// Someone released first: <paramref name="Latest"/> is theirs, and <paramref name="Preview"/> what releasing now
    /// would change from it. Nothing was released.
    /// </summary>
    public sealed record Overtaken(ReleaseInfo Latest, ReleasePreview Preview) : ReleaseOutcome;

    /// <summary>The working copy is what the public already sees: nothing to release.</summary>
    public sealed record NothingToRelease(ReleaseInfo? Latest) : ReleaseOutcome;
}
