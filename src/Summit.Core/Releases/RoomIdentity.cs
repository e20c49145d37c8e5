namespace Summit.Core.Releases;

/// <summary>
/// Tells a renamed room from another room: renaming a room changes its slug in every session in it, and that moves no
/// session, so a slug the newer release lists as a former slug of a room is that room.
/// </summary>
internal sealed class RoomIdentity(IReadOnlyList<FormerSlug> formerSlugs)
{
    private readonly Dictionary<string, string> _current = formerSlugs
        .GroupBy(f => f.Slug, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().CurrentSlug, StringComparer.OrdinalIgnoreCase);

    public bool Same(NamedRef older, NamedRef newer) =>
        string.Equals(older.Slug, newer.Slug, StringComparison.OrdinalIgnoreCase)
        || _current.TryGetValue(older.Slug, out var current) && string.Equals(current, newer.Slug, StringComparison.OrdinalIgnoreCase);
}
