using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>A release's description and the changes it made, as the changelog lists them.</summary>
public sealed record StoredRelease(ReleaseInfo Info, IReadOnlyList<SessionChange> Changes, int SessionCount);
