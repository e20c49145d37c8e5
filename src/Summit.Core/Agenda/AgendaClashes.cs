namespace Summit.Core.Agenda;

/// <summary>Finds starred sessions that overlap in time, so the agenda can say "clashes with ...".</summary>
public static class AgendaClashes
{
    /// <summary>For each session, the other sessions it overlaps; cancelled sessions clash with nothing.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<ScheduledSession>> Find(IReadOnlyList<ScheduledSession> sessions)
    {
        var clashes = new Dictionary<int, IReadOnlyList<ScheduledSession>>();
        foreach (var day in sessions.Where(s => s.Status != SessionStatus.Cancelled).GroupBy(s => s.Day))
        {
            var ordered = day.OrderBy(s => s.Start).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var overlapping = new List<ScheduledSession>();
                for (var j = 0; j < ordered.Count; j++)
                {
                    if (i != j && Overlaps(ordered[i], ordered[j]))
                    {
                        overlapping.Add(ordered[j]);
                    }
                }

                if (overlapping.Count > 0)
                {
                    clashes[ordered[i].Id] = overlapping;
                }
            }
        }

        return clashes;
    }

    /// <summary>Two sessions on the same day whose times intersect; touching ends do not clash.</summary>
    public static bool Overlaps(ScheduledSession a, ScheduledSession b) =>
        a.Day == b.Day && a.Start < b.End && b.Start < a.End;
}
