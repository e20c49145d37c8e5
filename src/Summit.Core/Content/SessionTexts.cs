using Summit.Core.Calendar;

namespace Summit.Core.Content;

/// <summary>
/// The texts derived from each session of one published schedule that cost more to make than to keep: the card's
/// excerpt and the feeds' plain-text description (both Markdown turned into text). Made on first use, once per
/// session, and safe to share between requests; <see cref="Warm"/> makes them all ahead of the first request.
/// A session of another schedule gets its texts made afresh each time. Texts of sessions whose words did not change
/// are taken over from the previous version's, so a change to one session costs one session's Markdown, not all of them.
/// </summary>
public sealed class SessionTexts
{
    private readonly IReadOnlyList<ScheduledSession> _sessions;
    private readonly Dictionary<ScheduledSession, int> _positions;
    private readonly string?[] _excerpts;
    private readonly string?[] _feedDescriptions;

    // Only ever one version back: taking over from a version cuts that version's own link, so no chain of old
    // schedules stays alive.
    private SessionTexts? _previous;
    private Dictionary<int, int>? _positionsById;

    /// <param name="schedule">The version of the schedule these texts are of.</param>
    /// <param name="previous">The texts of the version this one follows, to take unchanged sessions' texts from.</param>
    public SessionTexts(PublishedSchedule schedule, SessionTexts? previous = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (previous is not null)
        {
            Volatile.Write(ref previous._previous, null);
            _previous = previous;
        }

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
    public string ExcerptOf(ScheduledSession session) => Get(_excerpts, session, MakeExcerpt, SameExcerptWords);

    /// <summary>The session's description in calendar feeds, without its address (<see cref="EventDescription.BodyOf"/>).</summary>
    public string FeedDescriptionOf(ScheduledSession session) => Get(_feedDescriptions, session, EventDescription.BodyOf, SameFeedWords);

    /// <summary>Makes every text not made yet; safe to run beside requests that read them.</summary>
    public void Warm()
    {
        foreach (var session in _sessions)
        {
            _ = ExcerptOf(session);
            _ = FeedDescriptionOf(session);
        }

        // Everything is here now: the previous version can go.
        Volatile.Write(ref _previous, null);
    }

    /// <summary>The excerpt made afresh, for a session outside any schedule's texts.</summary>
    public static string MakeExcerpt(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return MarkdownRenderer.Excerpt(
            string.IsNullOrWhiteSpace(session.Description) && session.Subjects.Count > 0 ? session.Subjects[0].Description : session.Description);
    }

    private string Get(string?[] texts, ScheduledSession session, Func<ScheduledSession, string> make, Func<ScheduledSession, ScheduledSession, bool> sameWords)
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
        var made = Volatile.Read(ref _previous)?.Known(texts == _excerpts, session, sameWords) ?? make(session);
        return Interlocked.CompareExchange(ref texts[position], made, null) ?? made;
    }

    /// <summary>This version's text of the same session, if made and made from the same words.</summary>
    private string? Known(bool excerpt, ScheduledSession session, Func<ScheduledSession, ScheduledSession, bool> sameWords)
    {
        var byId = Volatile.Read(ref _positionsById);
        if (byId is null)
        {
            byId = new Dictionary<int, int>(_sessions.Count);
            for (var i = 0; i < _sessions.Count; i++)
            {
                byId.TryAdd(_sessions[i].Id, i);
            }

            Volatile.Write(ref _positionsById, byId);
        }

        return byId.TryGetValue(session.Id, out var position) && sameWords(_sessions[position], session)
            ? Volatile.Read(ref (excerpt ? _excerpts : _feedDescriptions)[position])
            : null;
    }

    private static bool SameExcerptWords(ScheduledSession a, ScheduledSession b) =>
        a.Description == b.Description && a.Subjects.SequenceEqual(b.Subjects);

    private static bool SameFeedWords(ScheduledSession a, ScheduledSession b) =>
        a.Status == b.Status && a.Kind == b.Kind && a.LeadWanted == b.LeadWanted && a.Description == b.Description
        && a.Subjects.SequenceEqual(b.Subjects) && a.Leads.SequenceEqual(b.Leads);
}
