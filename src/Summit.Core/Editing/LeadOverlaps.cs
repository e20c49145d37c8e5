namespace Summit.Core.Editing;

/// <summary>When a session takes place: a day and a span of wall-clock time on it.</summary>
public readonly record struct SessionTime(DateOnly Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>True when both share a moment; a session ending as the other starts leaves the lead time to walk over.</summary>
    public bool Overlaps(SessionTime other) => Day == other.Day && Start < other.End && other.Start < End;
}

/// <summary>One person leading two sessions whose times overlap.</summary>
public sealed record LeadOverlap<T>(LeadInfo Lead, T First, T Second);

/// <summary>
/// Finds people booked in two places at once. Shared by the schedule's warnings and the planner's conflicts, which
/// hold sessions in different shapes, so the caller says how to read a session's time and leads.
/// </summary>
public static class LeadOverlaps
{
    public static IReadOnlyList<LeadOverlap<T>> Find<T>(IEnumerable<T> sessions, Func<T, SessionTime> time, Func<T, IEnumerable<LeadInfo>> leads)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(leads);
        var found = new List<LeadOverlap<T>>();
        foreach (var person in sessions.SelectMany(s => leads(s).Select(l => (Lead: l, Session: s, Time: time(s)))).GroupBy(x => x.Lead.Slug, StringComparer.Ordinal))
        {
            var booked = person.OrderBy(x => x.Time.Day).ThenBy(x => x.Time.Start).ToList();
            for (var i = 0; i < booked.Count; i++)
            {
                for (var j = i + 1; j < booked.Count; j++)
                {
                    if (booked[i].Time.Overlaps(booked[j].Time))
                    {
                        found.Add(new LeadOverlap<T>(booked[i].Lead, booked[i].Session, booked[j].Session));
                    }
                }
            }
        }

        return found;
    }
}
