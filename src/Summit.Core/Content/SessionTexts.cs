using Summit.Core.Calendar;

namespace Summit.Core.Content;

/// <summary>
/// The texts derived from each session of one published schedule that cost more to make than to keep: the card's
/// excerpt and the feeds' plain-text description (both Markdown turned into text). Made on first use, once per
/// session, and safe to share between requests; <see cref="Warm"/> makes them all ahead of the first request.
/// A session of another schedule gets its texts made afresh each time.
/// </summary>
public sealed class SessionTexts
{
    private readonly IReadOnlyList<ScheduledSession> _sessions;
    private readonly Dictionary<ScheduledSession, int> _positions;
    private readonly string?[] _excerpts;
    private readonly string?[] _feedDescriptions;

    public SessionTexts(PublishedSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        _sessions = schedule.Sessions;
        // By reference: records compare every field, and only this schedule's own session objects have texts here.
        _positions = new Dictionary<ScheduledSession, int>(_sessions.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _sessions.Count; i++)
        {
            _positions.TryAdd(_sessions[i], i);
        }

        _excerpts = new string?[_sessions.Count];
        _feedDescriptions = new string?[_sessions.Count];
    }

    /// <summary>The one-paragraph excerpt a schedule card shows: the description's opening, or the first subject's.</summary>
    public string ExcerptOf(ScheduledSession session) => Get(_excerpts, session, MakeExcerpt);

    /// <summary>The session's description in calendar feeds, without its address (<see cref="EventDescription.BodyOf"/>).</summary>
    public string FeedDescriptionOf(ScheduledSession session) => Get(_feedDescriptions, session, EventDescription.BodyOf);

    /// <summary>Makes every text not made yet; safe to run beside requests that read them.</summary>
    public void Warm()
    {
        foreach (var session in _sessions)
        {
            _ = ExcerptOf(session);
            _ = FeedDescriptionOf(session);
        }
    }

    /// <summary>The excerpt made afresh, for a session outside any schedule's texts.</summary>
    public static string MakeExcerpt(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return MarkdownRenderer.Excerpt(
            string.IsNullOrWhiteSpace(session.Description) && session.Subjects.Count > 0 ? session.Subjects[0].Description : session.Description);
    }

    private string Get(string?[] texts, ScheduledSession session, Func<ScheduledSession, string> make)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!_positions.TryGetValue(session, out var position))
        {
            return make(session);
        }

        if (Volatile.Read(ref texts[position]) is { } known)
        {
            return known;
        }

        // Two requests may make the same text at once; both return the one stored first, so every reader sees one value.
        var made = make(session);
        return Interlocked.CompareExchange(ref texts[position], made, null) ?? made;
    }
}
