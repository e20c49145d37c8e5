using System.Globalization;

namespace Summit.Core.Filtering;

/// <summary>
/// A published schedule prepared for filtering: each session's facet values as small integers and an inverted
/// index of its words. Build it once per schedule snapshot; <see cref="Apply"/> is then one pass over the sessions
/// and safe to call from many requests at once.
/// </summary>
public sealed class FilterIndex
{
    private static readonly SessionKind[] AllKinds = Enum.GetValues<SessionKind>();
    private static readonly SessionStatus[] AllStatuses = Enum.GetValues<SessionStatus>();

    private readonly ScheduledSession[] _sessions;
    private readonly int[] _room;
    private readonly int[] _day;
    private readonly int[] _track;
    private readonly int[][] _leads;
    private readonly Dictionary<string, int> _roomBySlug;
    private readonly Dictionary<DateOnly, int> _dayByDate;
    private readonly Dictionary<string, int> _trackBySlug;
    private readonly Dictionary<string, int> _personBySlug;
    private readonly Dictionary<string, string> _formerRooms;
    private readonly Dictionary<string, string> _formerTracks;
    private readonly Dictionary<DateOnly, DateOnly> _formerDays;
    private readonly string[] _words;
    private readonly int[][] _postings;

    private FilterIndex(PublishedSchedule schedule)
    {
        Schedule = schedule;
        _sessions = [.. schedule.Sessions];
        _roomBySlug = IndexBySlug(schedule.Rooms);
        _trackBySlug = IndexBySlug(schedule.Tracks);
        _personBySlug = IndexBySlug(schedule.People);
        _dayByDate = schedule.Days.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        _formerRooms = Former(schedule.FormerRoomSlugs, _roomBySlug);
        _formerTracks = Former(schedule.FormerTrackSlugs, _trackBySlug);
        _formerDays = schedule.FormerDays
            .Where(f => !_dayByDate.ContainsKey(f.Date) && _dayByDate.ContainsKey(f.CurrentDate))
            .DistinctBy(f => f.Date)
            .ToDictionary(f => f.Date, f => f.CurrentDate);

        _room = [.. _sessions.Select(s => _roomBySlug.GetValueOrDefault(s.Room.Slug, -1))];
        _day = [.. _sessions.Select(s => _dayByDate.GetValueOrDefault(s.Day, -1))];
        _track = [.. _sessions.Select(s => s.Track is null ? -1 : _trackBySlug.GetValueOrDefault(s.Track.Slug, -1))];
        _leads = [.. _sessions.Select(s => s.Leads.Select(l => _personBySlug.GetValueOrDefault(l.Slug, -1)).Where(i => i >= 0).ToArray())];

        (_words, _postings) = WordIndexBuilder.Build(_sessions);
    }

    public PublishedSchedule Schedule { get; }

    public static FilterIndex Build(PublishedSchedule schedule) => new(schedule);

    /// <summary>The sessions the filter keeps, in schedule order, with the count every facet choice would give.</summary>
    public FilterResult Apply(ScheduleFilter filter)
    {
        var rooms = Selection(filter.Rooms, _roomBySlug, Schedule.Rooms.Count);
        var days = Selection(filter.Days, _dayByDate, Schedule.Days.Count);
        var tracks = Selection(filter.Tracks, _trackBySlug, Schedule.Tracks.Count);
        var leads = Selection(filter.Leads, _personBySlug, Schedule.People.Count);
        var kinds = EnumSelection(filter.Kinds);
        var statuses = EnumSelection(filter.Statuses);
        var text = MatchText(filter.Text);

        var counts = new Counts(Schedule.Rooms.Count, Schedule.Days.Count, Schedule.Tracks.Count, Schedule.People.Count);
        var kept = new List<ScheduledSession>();

        for (var i = 0; i < _sessions.Length; i++)
        {
            var session = _sessions[i];
            Facet? failed = null;
            var failures = 0;
            Check(rooms is null || Has(rooms, _room[i]), Facet.Room, ref failed, ref failures);
            Check(days is null || Has(days, _day[i]), Facet.Day, ref failed, ref failures);
            Check(tracks is null || Has(tracks, _track[i]), Facet.Track, ref failed, ref failures);
            Check(leads is null || HasAny(leads, _leads[i]), Facet.Lead, ref failed, ref failures);
            Check(kinds is null || kinds[(int)session.Kind], Facet.Kind, ref failed, ref failures);
            Check(statuses is null || statuses[(int)session.Status], Facet.Status, ref failed, ref failures);
            Check(!filter.LeadWantedOnly || session.LeadWanted, Facet.LeadWanted, ref failed, ref failures);
            Check(text is null || text[i], Facet.Text, ref failed, ref failures);

            if (failures == 0)
            {
                kept.Add(session);
                counts.Add(this, i, session, only: null);
            }
            else if (failures == 1)
            {
                // Failing only one facet: that facet's other choices would bring the session back.
                counts.Add(this, i, session, failed);
            }
        }

        return new FilterResult(kept, _sessions.Length, counts.ToFacets(Schedule, rooms, days, tracks, leads, kinds, statuses, filter.LeadWantedOnly));
    }

    /// <summary>True when the schedule has a room with this slug.</summary>
    public bool HasRoom(string slug) => _roomBySlug.ContainsKey(slug);

    public bool HasTrack(string slug) => _trackBySlug.ContainsKey(slug);

    public bool HasPerson(string slug) => _personBySlug.ContainsKey(slug);

    public bool HasDay(DateOnly day) => _dayByDate.ContainsKey(day);

    /// <summary>Whether any room, track or day answers to a former slug or date: without one, no filter can use one.</summary>
    public bool HasFormerValues => _formerRooms.Count > 0 || _formerTracks.Count > 0 || _formerDays.Count > 0;

    /// <summary>The slug of the room this slug names now or named before it was changed; null when none.</summary>
    public string? CurrentRoom(string slug) => _roomBySlug.ContainsKey(slug) ? slug : _formerRooms.GetValueOrDefault(slug);

    /// <summary>The slug of the track this slug names now or named before it was changed; null when none.</summary>
    public string? CurrentTrack(string slug) => _trackBySlug.ContainsKey(slug) ? slug : _formerTracks.GetValueOrDefault(slug);

    /// <summary>The date of the day that has this date now or had it before it was moved; null when none.</summary>
    public DateOnly? CurrentDay(DateOnly day) => _dayByDate.ContainsKey(day) ? day : _formerDays.TryGetValue(day, out var current) ? current : null;

    /// <summary>Former slugs that still lead somewhere: a slug an item has now always wins over one it used to belong to.</summary>
    private static Dictionary<string, string> Former(IReadOnlyList<FormerSlug> former, Dictionary<string, int> current) =>
        former.Where(f => !current.ContainsKey(f.Slug) && current.ContainsKey(f.CurrentSlug))
            .DistinctBy(f => f.Slug, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(f => f.Slug, f => f.CurrentSlug, StringComparer.OrdinalIgnoreCase);

    private bool[]? MatchText(string? text)
    {
        var queryWords = TextNormalizer.Words(text).Distinct(StringComparer.Ordinal).ToList();
        if (queryWords.Count == 0)
        {
            return null;
        }

        // Each session counts the query words it matches; it matches the text when it matched all of them.
        var matched = new int[_sessions.Length];
        var seenForWord = new int[_sessions.Length];
        var stamp = 0;
        foreach (var word in queryWords)
        {
            stamp++;
            var first = Array.BinarySearch(_words, word, StringComparer.Ordinal);
            for (var w = first >= 0 ? first : ~first; w < _words.Length && _words[w].StartsWith(word, StringComparison.Ordinal); w++)
            {
                foreach (var session in _postings[w])
                {
                    if (seenForWord[session] != stamp)
                    {
                        seenForWord[session] = stamp;
                        matched[session]++;
                    }
                }
            }
        }

        return [.. matched.Select(m => m == queryWords.Count)];
    }

    private static void Check(bool passes, Facet facet, ref Facet? failed, ref int failures)
    {
        if (!passes)
        {
            failed = facet;
            failures++;
        }
    }

    private static bool Has(bool[] selection, int index) => index >= 0 && selection[index];

    private static bool HasAny(bool[] selection, int[] indexes)
    {
        foreach (var index in indexes)
        {
            if (selection[index])
            {
                return true;
            }
        }

        return false;
    }

    private static bool[]? Selection<T>(IReadOnlyList<T> chosen, Dictionary<T, int> indexByValue, int size)
        where T : notnull
    {
        if (chosen.Count == 0)
        {
            return null;
        }

        // A value the schedule does not have selects nothing, so a facet of only unknown values keeps nothing.
        var selection = new bool[size];
        foreach (var value in chosen)
        {
            if (indexByValue.TryGetValue(value, out var index))
            {
                selection[index] = true;
            }
        }

        return selection;
    }

    private static bool[]? EnumSelection<T>(IReadOnlyList<T> chosen)
        where T : struct, Enum
    {
        if (chosen.Count == 0)
        {
            return null;
        }

        var selection = new bool[Enum.GetValues<T>().Length];
        foreach (var value in chosen)
        {
            selection[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = true;
        }

        return selection;
    }

    private static Dictionary<string, int> IndexBySlug(IReadOnlyList<NamedRef> items)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            index.TryAdd(items[i].Slug, i);
        }

        return index;
    }

    private sealed class Counts(int rooms, int days, int tracks, int people)
    {
        private readonly int[] _rooms = new int[rooms];
        private readonly int[] _days = new int[days];
        private readonly int[] _tracks = new int[tracks];
        private readonly int[] _leads = new int[people];
        private readonly int[] _kinds = new int[AllKinds.Length];
        private readonly int[] _statuses = new int[AllStatuses.Length];
        private int _leadWanted;

        /// <summary>Counts the session for every facet it would appear under; <paramref name="only"/> limits that to the one facet it fails.</summary>
        public void Add(FilterIndex index, int i, ScheduledSession session, Facet? only)
        {
            var all = only is null;
            if ((all || only == Facet.Room) && index._room[i] >= 0)
            {
                _rooms[index._room[i]]++;
            }

            if ((all || only == Facet.Day) && index._day[i] >= 0)
            {
                _days[index._day[i]]++;
            }

            if ((all || only == Facet.Track) && index._track[i] >= 0)
            {
                _tracks[index._track[i]]++;
            }

            if (all || only == Facet.Lead)
            {
                foreach (var lead in index._leads[i])
                {
                    _leads[lead]++;
                }
            }

            if (all || only == Facet.Kind)
            {
                _kinds[(int)session.Kind]++;
            }

            if (all || only == Facet.Status)
            {
                _statuses[(int)session.Status]++;
            }

            if ((all || only == Facet.LeadWanted) && session.LeadWanted)
            {
                _leadWanted++;
            }
        }

        public FacetCounts ToFacets(
            PublishedSchedule schedule, bool[]? rooms, bool[]? days, bool[]? tracks, bool[]? leads, bool[]? kinds, bool[]? statuses, bool leadWantedOnly) =>
            new(
                Options(schedule.Rooms, _rooms, rooms),
                [.. schedule.Days.Select((d, i) => new FacetOption(FilterValues.Day(d), FilterValues.DayLabel(d), _days[i], days?[i] ?? false))],
                Options(schedule.Tracks, _tracks, tracks),
                Options(schedule.People, _leads, leads),
                [.. AllKinds.Select(k => new FacetOption(FilterValues.Kind(k), FilterValues.KindLabel(k), _kinds[(int)k], kinds?[(int)k] ?? false))],
                [.. AllStatuses.Select(s => new FacetOption(FilterValues.Status(s), FilterValues.StatusLabel(s), _statuses[(int)s], statuses?[(int)s] ?? false))],
                new FacetOption("true", "Lead wanted", _leadWanted, leadWantedOnly));

        private static FacetOption[] Options(IReadOnlyList<NamedRef> items, int[] counts, bool[]? selected) =>
            [.. items.Select((item, i) => new FacetOption(item.Slug, item.Name, counts[i], selected?[i] ?? false))];
    }
}
