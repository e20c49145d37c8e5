namespace Summit.Core.Releases;

/// <summary>A release as the public changelog names it: its number, optional name, comment, time and who made it.</summary>
/// <param name="Version">1, 2, 3…: never repeated, never skipped.</param>
/// <param name="Name">An optional name such as "Final".</param>
/// <param name="Comment">What the organizer said about it, or, for a save released at once, what the save changed.</param>
/// <param name="ReleasedUtc">When it was made.</param>
/// <param name="ReleasedBy">The organizer who made it.</param>
public sealed record ReleaseInfo(int Version, string? Name, string Comment, DateTime ReleasedUtc, string ReleasedBy)
{
    /// <summary>"Release 4" or "Release 4 (Final)".</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? $"Release {Version}" : $"Release {Version} ({Name})";
}
