using Summit.Core.Editing;

namespace Summit.Core.Import.Reading;

/// <summary>
/// Collects what a reader understood into an <see cref="ImportDocument"/>: rooms, tracks and days in the order the file
/// first names them (declared or only used by a session), each day's slots from its sessions, and what was skipped.
/// </summary>
internal sealed class ImportDocumentBuilder(ImportFormat format, ImportLimits limits)
{
    // A file that fails the same way on every row would otherwise list thousands of identical lines in the preview.
    internal const int MaxIssues = 500;

    private readonly List<ImportSession> _sessions = [];
    private readonly List<ImportIssue> _skipped = [];
    private readonly Dictionary<string, ImportRoom> _rooms = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _roomOrder = [];
    private readonly Dictionary<string, ImportTrack> _tracks = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _trackOrder = [];
    private readonly SortedDictionary<DateOnly, SortedSet<(TimeOnly Start, TimeOnly End)>> _days = [];
    private int _issuesLeftOut;

    public ImportEvent? Event { get; set; }

    public int SessionCount => _sessions.Count;

    /// <summary>Notes something left out of the import: where in the file and why.</summary>
    public void Skip(string where, string why)
    {
        if (_skipped.Count < MaxIssues)
        {
            _skipped.Add(new ImportIssue(where, why));
        }
        else
        {
            _issuesLeftOut++;
        }
    }

    /// <summary>A room the file declares; the first of a name wins, later ones may only add what it lacked.</summary>
    public void AddRoom(string name, string? slug = null, int? capacity = null)
    {
        name = TextInput.Line(name).Trim();
        if (name.Length == 0)
        {
            return;
        }

        if (_rooms.TryGetValue(name, out var known))
        {
            _rooms[name] = known with { Slug = known.Slug ?? slug, Capacity = known.Capacity ?? capacity };
            return;
        }

        _rooms[name] = new ImportRoom(name, slug, capacity);
        _roomOrder.Add(name);
    }

    public void AddTrack(string name, string? slug = null)
    {
        name = TextInput.Line(name).Trim();
        if (name.Length == 0)
        {
            return;
        }

        if (_tracks.TryGetValue(name, out var known))
        {
            _tracks[name] = known with { Slug = known.Slug ?? slug };
            return;
        }

        _tracks[name] = new ImportTrack(name, slug);
        _trackOrder.Add(name);
    }

    /// <summary>A day the file lists, even if no session of the file falls on it.</summary>
    public void AddDay(DateOnly date)
    {
        if (!_days.ContainsKey(date))
        {
            _days[date] = [];
        }
    }

    /// <summary>Adds a session with its room, track, day and slot; refuses the file past <see cref="ImportLimits.MaxSessions"/>.</summary>
    public void AddSession(ImportSession session)
    {
        if (_sessions.Count >= limits.MaxSessions)
        {
            throw new ImportRefusal(TooManySessions(limits));
        }

        if (session.Room is { } room)
        {
            AddRoom(room);
        }

        if (session.Track is { } track)
        {
            AddTrack(track);
        }

        if (session is { Day: { } day, Start: { } start, End: { } end })
        {
            AddDay(day);
            _days[day].Add((start, end));
        }

        _sessions.Add(session);
    }

    /// <summary>Why a file with too many sessions is refused.</summary>
    public static string TooManySessions(ImportLimits limits) =>
        $"The file holds more than {limits.MaxSessions:N0} sessions, the most one import takes. Split it into smaller files.";

    public ImportDocument Build()
    {
        var skipped = _skipped.ToList();
        if (_issuesLeftOut > 0)
        {
            skipped.Add(new ImportIssue("", $"… and {_issuesLeftOut:N0} more problems like these, not listed one by one."));
        }

        return new ImportDocument(
            format,
            Event,
            [.. _days.Select(d => new ImportDay(d.Key, [.. d.Value.Select(s => new ImportSlot(s.Start, s.End))]))],
            [.. _roomOrder.Select(n => _rooms[n])],
            [.. _trackOrder.Select(n => _tracks[n])],
            [.. _sessions],
            skipped);
    }
}
