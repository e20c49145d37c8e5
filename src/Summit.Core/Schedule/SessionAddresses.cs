namespace Summit.Core.Schedule;

/// <summary>
/// Finds a published session by the slug in its address, current or former, without scanning the schedule: built
/// once per schedule and shared by every request. A slug a session has now always wins over one it used to belong to.
/// </summary>
public sealed class SessionAddresses
{
    private readonly Dictionary<string, ScheduledSession> _current = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _former = new(StringComparer.OrdinalIgnoreCase);

    public SessionAddresses(PublishedSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        foreach (var session in schedule.Sessions)
        {
            _current.TryAdd(session.Slug, session);
        }

        foreach (var former in schedule.FormerSlugs)
        {
            if (!_current.ContainsKey(former.Slug) && _current.ContainsKey(former.CurrentSlug))
            {
                _former.TryAdd(former.Slug, former.CurrentSlug);
            }
        }
    }

    /// <summary>The session whose address this slug is now, or null.</summary>
    public ScheduledSession? Find(string slug) => _current.GetValueOrDefault(slug);

    /// <summary>The current slug of the session this slug used to name, or null when no session has moved away from it.</summary>
    public string? MovedTo(string slug) => _current.ContainsKey(slug) ? null : _former.GetValueOrDefault(slug);
}
