using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>One release read back: what it is and the schedule it published.</summary>
public sealed record ReleasedSchedule(ReleaseInfo Info, PublishedSchedule Schedule, string ContentHash);
