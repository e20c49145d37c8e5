namespace Summit.Core.Schedule;

/// <summary>A slug a published session was known by, and the slug it has now.</summary>
public sealed record FormerSlug(string Slug, string CurrentSlug);
