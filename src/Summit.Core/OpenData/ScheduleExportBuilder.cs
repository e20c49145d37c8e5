using Summit.Core.Calendar;
using Summit.Core.Time;

namespace Summit.Core.OpenData;

/// <summary>
/// Makes the export of a published schedule: the event, its days, rooms and tracks from the whole schedule, and the
/// sessions given (all of them, or those a filter kept) as events under their day and room.
/// </summary>
public static class ScheduleExportBuilder
{
    private const int DefaultTimeslotMinutes = 15;

    /// <param name="schedule">The published schedule: the event, days, rooms and tracks come from it whatever the filter.</param>
    /// <param name="sessions">The sessions to export, a subset of the schedule's.</param>
    /// <param name="clock">The event's clock, which turns wall-clock times into times with their offset.</param>
    /// <param name="version">The export's version (<see cref="ExportVersion"/>).</param>
    /// <param name="siteBase">The site's absolute base address: session addresses start with it.</param>
    /// <param name="selfUrl">Where the export is published, or null.</param>
    public static ScheduleExport Build(PublishedSchedule schedule, IReadOnlyList<ScheduledSession> sessions, EventClock clock, string version, Uri siteBase, string? selfUrl = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(siteBase);

        var acronym = ConferenceAcronym.From(schedule.Event.Name);
        var rooms = schedule.Rooms.Select(r => new ExportRoom(r.Name, r.Slug, ExportGuids.Room(r.Slug))).ToList();
        var days = schedule.Days.Union(sessions.Select(s => s.Day)).Order().ToList();
        var conference = new ExportConference(
            schedule.Event.Name,
            acronym,
            days.Count == 0 ? default : days[0],
            days.Count == 0 ? default : days[^1],
            TimeslotMinutes(schedule.Sessions),
            clock.TimeZoneId,
            [.. schedule.Tracks.Select(t => new ExportTrack(t.Name, t.Slug))]);

        var addresses = new SessionLinks(siteBase);
        var events = ScheduleOrder.Sort(sessions)
            .GroupBy(s => s.Day)
            .ToDictionary(g => g.Key, g => g.ToLookup(s => s.Room.Slug, s => ToEvent(s, clock, acronym, addresses), StringComparer.Ordinal));

        // Rooms that hold an exported session on some day, listed on every day in the same order: apps take the order
        // of the rooms from the first day that lists them.
        var used = sessions.Select(s => s.Room.Slug).ToHashSet(StringComparer.Ordinal);
        var shown = rooms.Where(r => used.Contains(r.Slug)).ToList();
        var known = rooms.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        // A session's room the schedule does not list (never in Summit's own read model): still exported, after the rest.
        shown.AddRange(sessions.Where(s => !known.Contains(s.Room.Slug)).Select(s => s.Room).DistinctBy(r => r.Slug)
            .Select(r => new ExportRoom(r.Name, r.Slug, ExportGuids.Room(r.Slug))));

        var spans = DaySpans(schedule.Sessions);
        var exportDays = new List<ExportDay>(days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var byRoom = events.GetValueOrDefault(day);
            var (start, end) = spans.TryGetValue(day, out var span)
                ? (At(clock, day, span.Start), At(clock, span.End < span.Start ? day.AddDays(1) : day, span.End))
                : (At(clock, day, TimeOnly.MinValue), At(clock, day.AddDays(1), TimeOnly.MinValue));
            exportDays.Add(new ExportDay(i + 1, day, start, end,
                [.. shown.Select(r => new ExportRoomDay(r, byRoom is null ? [] : [.. byRoom[r.Slug]]))]));
        }

        return new ScheduleExport(version, siteBase.AbsoluteUri, selfUrl, conference, rooms, exportDays);
    }

    private static ExportEvent ToEvent(ScheduledSession session, EventClock clock, string acronym, SessionLinks links)
    {
        var start = At(clock, session.Day, session.Start);
        var end = At(clock, session.End < session.Start ? session.Day.AddDays(1) : session.Day, session.End);
        return new ExportEvent(
            session.Id,
            session.Uid,
            session.Room.Name,
            ExportText.TitleOf(session),
            ExportText.SubtitleOf(session),
            ExportText.TypeOf(session.Kind),
            start,
            end,
            session.Description,
            SubjectList.Write(session.Subjects),
            acronym + "-" + session.Slug,
            session.Track?.Name,
            [.. session.Leads.Select(l => new ExportPerson(ExportGuids.Person(l.Slug), ExportText.NameOf(l)))],
            links.Of(session.Slug),
            session.Status == SessionStatus.Cancelled);
    }

    /// <summary>A wall-clock time at the venue with the offset in force then.</summary>
    private static DateTimeOffset At(EventClock clock, DateOnly day, TimeOnly time)
    {
        var utc = DateTime.SpecifyKind(clock.ToUtc(day, time), DateTimeKind.Utc);
        // From the instant back to the wall clock: a time a DST change skips comes out as the time clocks showed.
        var (localDay, localTime) = clock.At(utc);
        var local = localDay.ToDateTime(localTime);
        return new DateTimeOffset(local, local - utc);
    }

    private static Dictionary<DateOnly, (TimeOnly Start, TimeOnly End)> DaySpans(IReadOnlyList<ScheduledSession> sessions)
    {
        var spans = new Dictionary<DateOnly, (TimeOnly Start, TimeOnly End)>();
        foreach (var session in sessions)
        {
            var end = session.End < session.Start ? TimeOnly.MaxValue : session.End;
            spans[session.Day] = spans.TryGetValue(session.Day, out var span)
                ? (session.Start < span.Start ? session.Start : span.Start, end > span.End ? end : span.End)
                : (session.Start, end);
        }

        return spans;
    }

    /// <summary>The largest number of minutes every session's start and length is a multiple of: the schedule's grid.</summary>
    private static int TimeslotMinutes(IReadOnlyList<ScheduledSession> sessions)
    {
        var step = 0;
        foreach (var session in sessions)
        {
            step = Gcd(step, (session.Start.Hour * 60) + session.Start.Minute);
            step = Gcd(step, (int)Math.Abs((session.End - session.Start).TotalMinutes));
            if (step == 1)
            {
                break;
            }
        }

        return step == 0 ? DefaultTimeslotMinutes : step;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>Session page addresses, made by concatenation for plain slugs as the calendar feeds make them.</summary>
    private sealed class SessionLinks(Uri siteBase)
    {
        private readonly string? _prefix = SessionAddress.PrefixOn(siteBase);

        public string Of(string slug) =>
            _prefix is not null && SessionAddress.IsPlain(slug) ? _prefix + slug : SessionAddress.Of(siteBase, slug);
    }
}
