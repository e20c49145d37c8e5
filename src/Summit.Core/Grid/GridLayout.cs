namespace Summit.Core.Grid;

/// <summary>
/// Lays out sessions as the room × time grid attendees read at <c>/grid</c>: a plain computation, so the rules
/// (which rooms, which rows, what spans what, what shares a cell) are tested without rendering anything.
/// </summary>
/// <remarks>
/// Rows come from the distinct start and end times of the day's sessions, so sessions of different lengths and
/// offsets each span whole rows, from the row of their start to the row before their end. A row no session covers
/// (a break for everyone) is left out rather than drawn as a line of empty cells. Sessions of one room that overlap
/// are stacked in one cell spanning all of them; each then shows its own times.
/// </remarks>
public static class GridLayout
{
    /// <summary>Lays out each day of <paramref name="sessions"/>, earliest day first.</summary>
    /// <param name="rooms">Every room in the schedule's order (<see cref="PublishedSchedule.Rooms"/>), which columns follow.</param>
    /// <param name="sessions">The sessions to show, of any days (already filtered).</param>
    public static IReadOnlyList<GridDay> ByDay(IReadOnlyList<NamedRef> rooms, IEnumerable<ScheduledSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(rooms);
        ArgumentNullException.ThrowIfNull(sessions);
        var order = RoomOrder(rooms);
        return sessions.GroupBy(s => s.Day).OrderBy(d => d.Key).Select(d => Day(d.Key, order, [.. d])).ToList();
    }

    /// <summary>Lays out one day's sessions.</summary>
    /// <param name="date">The day.</param>
    /// <param name="rooms">Every room in the schedule's order, which columns follow.</param>
    /// <param name="sessions">That day's sessions to show.</param>
    public static GridDay ForDay(DateOnly date, IReadOnlyList<NamedRef> rooms, IEnumerable<ScheduledSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(rooms);
        ArgumentNullException.ThrowIfNull(sessions);
        return Day(date, RoomOrder(rooms), [.. sessions.Where(s => s.Day == date)]);
    }

    private static Dictionary<string, int> RoomOrder(IReadOnlyList<NamedRef> rooms)
    {
        var order = new Dictionary<string, int>(rooms.Count, StringComparer.Ordinal);
        for (var i = 0; i < rooms.Count; i++)
        {
            order.TryAdd(rooms[i].Slug, i);
        }

        return order;
    }

    private static GridDay Day(DateOnly date, Dictionary<string, int> roomOrder, List<ScheduledSession> sessions)
    {
        // The editing rules keep every slot's end after its start; a session breaking that has no row to begin in.
        sessions.RemoveAll(s => s.End <= s.Start);
        // A session whose room the list does not name (never on a consistent schedule) still gets a column, after
        // the known ones, rather than vanishing from the grid.
        var columns = sessions
            .GroupBy(s => s.Room.Slug, StringComparer.Ordinal)
            .Select(room => (Room: room.First().Room, Groups: Overlapping(room)))
            .OrderBy(c => roomOrder.TryGetValue(c.Room.Slug, out var i) ? i : int.MaxValue)
            .ThenBy(c => c.Groups[0].Sessions[0].RoomOrder)
            .ThenBy(c => c.Room.Name, StringComparer.Ordinal)
            .ToList();
        var rows = Rows(sessions);
        var rowIndex = new Dictionary<TimeOnly, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            rowIndex[rows[i].Start] = i;
        }

        var cells = new List<GridCell>[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            cells[i] = [];
        }

        for (var column = 0; column < columns.Count; column++)
        {
            var covered = new bool[rows.Count];
            foreach (var group in columns[column].Groups)
            {
                var first = rowIndex[group.Start];
                var span = 1;
                while (first + span < rows.Count && rows[first + span].Start < group.End)
                {
                    span++;
                }

                cells[first].Add(new GridCell(column, span, group.Sessions));
                Array.Fill(covered, true, first, span);
            }

            for (var row = 0; row < rows.Count; row++)
            {
                if (!covered[row])
                {
                    cells[row].Add(new GridCell(column, 1, []));
                }
            }
        }

        return new GridDay(
            date,
            [.. columns.Select(c => c.Room)],
            [.. rows.Select((r, i) => new GridRow(r.Start, r.End, [.. cells[i].OrderBy(c => c.Column)]))]);
    }

    /// <summary>The spans between consecutive start and end times that some session covers.</summary>
    private static List<(TimeOnly Start, TimeOnly End)> Rows(List<ScheduledSession> sessions)
    {
        var times = sessions.SelectMany(s => new[] { s.Start, s.End }).Distinct().Order().ToList();
        var rows = new List<(TimeOnly, TimeOnly)>(times.Count);
        for (var i = 0; i + 1 < times.Count; i++)
        {
            var (start, end) = (times[i], times[i + 1]);
            if (sessions.Any(s => s.Start <= start && s.End >= end))
            {
                rows.Add((start, end));
            }
        }

        return rows;
    }

    /// <summary>One room's sessions, earliest first, gathered into runs where each overlaps the run before it.</summary>
    private static List<(TimeOnly Start, TimeOnly End, List<ScheduledSession> Sessions)> Overlapping(IEnumerable<ScheduledSession> room)
    {
        var groups = new List<(TimeOnly Start, TimeOnly End, List<ScheduledSession> Sessions)>();
        foreach (var session in room.OrderBy(s => s.Start).ThenBy(s => s.End).ThenBy(s => s.Id))
        {
            if (groups.Count > 0 && session.Start < groups[^1].End)
            {
                var last = groups[^1];
                last.Sessions.Add(session);
                groups[^1] = (last.Start, session.End > last.End ? session.End : last.End, last.Sessions);
            }
            else
            {
                groups.Add((session.Start, session.End, [session]));
            }
        }

        return groups;
    }
}
