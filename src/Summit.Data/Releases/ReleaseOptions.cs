namespace Summit.Data.Releases;

/// <summary>How releases are stored and kept in memory (section <c>Summit:Releases</c>).</summary>
public sealed class ReleaseOptions
{
    public const string Section = "Summit:Releases";

    /// <summary>
    /// A release is stored as its difference from the last whole one while that difference stays under this share of a
    /// whole copy, and the differences stored since that copy stay under a whole one; past either, whole again. Small
    /// saves then cost a few kilobytes, and any release is at most two reads.
    /// </summary>
    public double WholeCopyShare { get; set; } = 0.25;

    /// <summary>Released schedules kept in memory (the latest, its base, and ones read for /releases/{version}).</summary>
    public int CachedSchedules { get; set; } = 4;
}
