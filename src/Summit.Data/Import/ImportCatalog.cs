using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;

namespace Summit.Data.Import;

/// <summary>
/// The event's rooms, tracks, days with their slots, and people, as an import finds them by name or slug and adds the
/// ones a file needs. Everything added is tracked by the context, so saving it stores it; what was added is listed for
/// the plan and the history.
/// </summary>
internal sealed class ImportCatalog
{
    /// <summary>The longest room or track name and slug the database keeps.</summary>
    public const int MaxStructureName = 100;

    /// <summary>The longest person's name the database keeps.</summary>
    public const int MaxPersonName = 200;

    private const int MaxStructureSlug = 100;

    private readonly SummitDbContext _db;
    private readonly Named<Room> _rooms;
    private readonly Named<Track> _tracks;
    private readonly Named<Person> _people;
    private readonly Dictionary<DateOnly, Day> _days;

    private ImportCatalog(SummitDbContext db, List<Room> rooms, List<Track> tracks, List<Person> people, List<Day> days)
    {
        _db = db;
        _rooms = new Named<Room>(rooms, r => r.Name, r => r.Slug);
        _tracks = new Named<Track>(tracks, t => t.Name, t => t.Slug);
        _people = new Named<Person>(people, p => p.Name, p => p.Slug);
        _days = days.ToDictionary(d => d.Date);
        RoomOrder = rooms.Count == 0 ? 0 : rooms.Max(r => r.Order) + 1;
        TrackOrder = tracks.Count == 0 ? 0 : tracks.Max(t => t.Order) + 1;
    }

    public List<Room> NewRooms { get; } = [];

    public List<Track> NewTracks { get; } = [];

    public List<Day> NewDays { get; } = [];

    public List<Person> NewPeople { get; } = [];

    public List<TimeSlot> NewSlots { get; } = [];

    private int RoomOrder { get; set; }

    private int TrackOrder { get; set; }

    public static async Task<ImportCatalog> LoadAsync(SummitDbContext db, CancellationToken cancellationToken) => new(
        db,
        await db.Rooms.ToListAsync(cancellationToken),
        await db.Tracks.ToListAsync(cancellationToken),
        await db.People.ToListAsync(cancellationToken),
        await db.Days.Include(d => d.Slots).ToListAsync(cancellationToken));

    /// <summary>The room with this name (any case) or slug, existing or added by this import; null when there is none yet.</summary>
    public Room? FindRoom(string name, string? slug = null) => _rooms.Find(name, slug);

    public Track? FindTrack(string name, string? slug = null) => _tracks.Find(name, slug);

    public Room Room(string name, string? slug = null, int? capacity = null)
    {
        if (FindRoom(name, slug) is { } room)
        {
            return room;
        }

        room = new Room { Name = name, Slug = _rooms.FreeSlug(slug ?? name, MaxStructureSlug), Order = RoomOrder++, Capacity = capacity };
        _db.Rooms.Add(room);
        _rooms.Add(room);
        NewRooms.Add(room);
        return room;
    }

    public Track Track(string name, string? slug = null)
    {
        if (FindTrack(name, slug) is { } track)
        {
            return track;
        }

        track = new Track { Name = name, Slug = _tracks.FreeSlug(slug ?? name, MaxStructureSlug), Order = TrackOrder++ };
        _db.Tracks.Add(track);
        _tracks.Add(track);
        NewTracks.Add(track);
        return track;
    }

    /// <summary>The person leading under this slug, or else this name (any case); added when there is neither.</summary>
    public Person Person(string name, string? slug = null)
    {
        if (_people.Find(name, slug) is { } person)
        {
            return person;
        }

        person = new Person { Name = name, Slug = _people.FreeSlug(slug ?? name, MaxStructureSlug) };
        _db.People.Add(person);
        _people.Add(person);
        NewPeople.Add(person);
        return person;
    }

    public Day Day(DateOnly date)
    {
        if (!_days.TryGetValue(date, out var day))
        {
            day = new Day { Date = date };
            _db.Days.Add(day);
            _days.Add(date, day);
            NewDays.Add(day);
        }

        return day;
    }

    /// <summary>The existing slot of that day with exactly these times, or null: a place no session can hold yet.</summary>
    public TimeSlot? FindSlot(DateOnly date, TimeOnly start, TimeOnly end) =>
        _days.TryGetValue(date, out var day) ? day.Slots.FirstOrDefault(s => s.Start == start && s.End == end) : null;

    public TimeSlot Slot(DateOnly date, TimeOnly start, TimeOnly end)
    {
        if (FindSlot(date, start, end) is { } slot)
        {
            return slot;
        }

        var day = Day(date);
        slot = new TimeSlot { Day = day, Start = start, End = end };
        day.Slots.Add(slot);
        NewSlots.Add(slot);
        return slot;
    }

    /// <summary>Rooms, tracks or people by name (ignoring case) and by slug.</summary>
    private sealed class Named<T>(List<T> items, Func<T, string> name, Func<T, string> slug)
        where T : class
    {
        private readonly Dictionary<string, T> _byName = items.GroupBy(name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, T> _bySlug = items.ToDictionary(slug, StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _slugs = items.Select(slug).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // A name is tried as a slug only when the file gave no slug (a session naming its room "windsor-bc"): a file that
        // gives one has said which it means, and "Hall" (hall-2) must not land in another room whose slug is "hall".
        public T? Find(string itemName, string? itemSlug) =>
            itemSlug is not null && _bySlug.TryGetValue(itemSlug, out var bySlug) ? bySlug
            : _byName.TryGetValue(itemName.Trim(), out var byName) ? byName
            : itemSlug is null ? _bySlug.GetValueOrDefault(itemName.Trim()) : null;

        public void Add(T item)
        {
            _byName.TryAdd(name(item), item);
            _bySlug.Add(slug(item), item);
            _slugs.Add(slug(item));
        }

        /// <summary>A slug made from <paramref name="wanted"/> that nothing of this kind has yet.</summary>
        public string FreeSlug(string wanted, int max)
        {
            var made = SessionRules.SlugFrom(wanted);
            if (made.Length > max - 4)
            {
                // Room for a "-99" suffix within the column's length.
                made = made[..(max - 4)].TrimEnd('-');
            }

            return SessionRules.UniqueSlug(made, _slugs);
        }
    }
}
