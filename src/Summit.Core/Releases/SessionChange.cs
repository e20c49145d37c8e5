namespace Summit.Core.Releases;

/// <summary>Placeholder until the changelog's diff lands.</summary>
public sealed record SessionChange(Guid Uid, string Slug, string Title);
