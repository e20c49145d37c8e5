using Summit.Core.Filtering;
using Summit.Core.Time;

namespace Summit.Core.Calendar;

/// <summary>
/// The removed sessions of a schedule, as feeds publish them: each feed that had a session, by its filter or its
/// stars, carries the session's cancellation until the event's last day is over at the venue, so that imported and
/// subscribed calendars drop it. Built once per schedule; safe to share between requests.
/// </summary>
public sealed class Cancellations
{
    private readonly FilterIndex _index;
    private readonly Dictionary<ScheduledSession, CancelledSession> _bySession = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, List<CancelledSession>> _byAgenda = [];
    private readonly Dictionary<string, CancelledSession> _bySlug = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="schedule">The published schedule, whose removed sessions are cancelled.</param>
    /// <param name="clock">The event's clock, which places the end of its last day.</param>
    public Cancellations(PublishedSchedule schedule, EventClock clock)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(clock);
        var removed = schedule.Removed;
        foreach (var cancelled in removed)
        {
            _bySession[cancelled.AsItWas] = cancelled;
            _bySlug.TryAdd(cancelled.AsItWas.Slug, cancelled);
            foreach (var agendaId in cancelled.AgendaIds)
            {
                if (!_byAgenda.TryGetValue(agendaId, out var list))
                {
                    _byAgenda[agendaId] = list = [];
                }

                list.Add(cancelled);
            }
        }

        // The removed sessions matched with the very rules of the schedule's filters, on what they were.
        var sessions = removed.Select(c => c.AsItWas).ToList();
        _index = FilterIndex.Build(schedule with
        {
            Days = [.. sessions.Select(s => s.Day).Distinct()],
            Rooms = [.. sessions.Select(s => s.Room).DistinctBy(r => r.Slug)],
            Tracks = [.. sessions.Select(s => s.Track).OfType<NamedRef>().DistinctBy(t => t.Slug)],
            People = [.. sessions.SelectMany(s => s.Leads).Select(l => new NamedRef(l.Slug, l.Name)).DistinctBy(p => p.Slug)],
            Sessions = sessions,
            Removed = [],
        });
        EndsUtc = schedule.LastDay is { } last ? clock.ToUtc(last.AddDays(1), TimeOnly.MinValue) : null;
    }

    /// <summary>The end of the event's last day at the venue; after it no cancellation is published. Null without days.</summary>
    public DateTime? EndsUtc { get; }

    /// <summary>True while cancellations are published: there are some, and the event is not over.</summary>
    public bool ArePublishedAt(DateTimeOffset now) => _bySession.Count > 0 && EndsUtc is { } ends && now.UtcDateTime < ends;

    /// <summary>The cancellations a feed with this filter carries now.</summary>
    public IReadOnlyList<CancelledSession> Matching(ScheduleFilter filter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ArePublishedAt(now) ? [.. _index.Apply(filter).Sessions.Select(s => _bySession[s])] : [];
    }

    /// <summary>The cancellations of sessions this agenda had starred, published now.</summary>
    public IReadOnlyList<CancelledSession> ForAgenda(int agendaId, DateTimeOffset now) =>
        ArePublishedAt(now) && _byAgenda.TryGetValue(agendaId, out var list) ? list : [];

    /// <summary>The removed session that had this slug, published or not; null when none had it.</summary>
    public CancelledSession? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
