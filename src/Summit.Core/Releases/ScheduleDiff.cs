namespace Summit.Core.Releases;

/// <summary>Placeholder until the changelog's diff lands.</summary>
public static class ScheduleDiff
{
    public static IReadOnlyList<SessionChange> Compare(PublishedSchedule? before, PublishedSchedule after) => [];
}
