using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Import;
using Summit.Core.Time;

namespace Summit.Data.Import;

/// <summary>
/// An import made on the context's tracked entities but not saved: the event, rooms, tracks, days, slots and people it
/// adds, the sessions it creates and updates, the history entries, and the plan that says so. Planning throws it away;
/// applying saves it. One code path for both, so the preview is what the import does.
/// </summary>
internal sealed partial class ImportStage
{
    private const string Unscheduled = "Unscheduled";

    private readonly SummitDbContext _db;
    private readonly ImportDocument _document;
    private readonly string _by;
    private readonly DateTime _utcNow;
    private readonly List<ImportIssue> _skipped = [];
    private readonly List<string> _notes = [];
    private readonly List<PlannedSession> _planned = [];
    private readonly List<(ScheduleChange Change, object Entity)> _history = [];
    private readonly List<Session> _vacate = [];

    // Every session's identity, so a new one never takes an existing one's (the database keeps them unique).
    private readonly HashSet<Guid> _uids = [];
    private ImportCatalog _catalog = null!;

    private ImportStage(SummitDbContext db, ImportDocument document, string by, DateTime utcNow)
    {
        _db = db;
        _document = document;
        _by = by;
        _utcNow = utcNow;
    }

    public ImportPlan Plan { get; private set; } = null!;

    /// <summary>
    /// Sessions that move from one place to another: they leave the old one before the save, so that sessions changing
    /// places with each other never hold one place at once (the database allows one session per room and slot).
    /// </summary>
    public IReadOnlyList<Session> Vacate => _vacate;

    public static async Task<ImportStage> StageAsync(SummitDbContext db, ImportDocument document, string by, DateTime utcNow, CancellationToken cancellationToken)
    {
        var stage = new ImportStage(db, document, by, utcNow);
        await stage.RunAsync(cancellationToken);
        return stage;
    }

    /// <summary>
    /// After the save of the schedule: the history entries, each with the id of what it is about (new things have theirs
    /// only now), added to be saved next. Inserted once, rather than inserted and then updated with the ids.
    /// </summary>
    public void AddHistory()
    {
        foreach (var (change, entity) in _history)
        {
            change.EntityId = entity switch
            {
                Session s => s.Id,
                Room r => r.Id,
                Track t => t.Id,
                Day d => d.Id,
                Conference c => c.Id,
                _ => change.EntityId,
            };
            _db.Changes.Add(change);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var conference = await _db.Conferences.OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        _catalog = await ImportCatalog.LoadAsync(_db, cancellationToken);
        var sessions = await _db.Sessions.Include(s => s.Leads).Include(s => s.Subjects).AsSplitQuery().ToListAsync(cancellationToken);
        _uids.UnionWith(sessions.Select(s => s.Uid));

        var createsEvent = conference is null;
        if (conference is null)
        {
            conference = CreateEvent();
        }
        else if (_document.Event is { } named && !string.Equals(TextInput.Line(named.Name).Trim(), conference.Name, StringComparison.Ordinal))
        {
            _notes.Add($"The file's event “{TextInput.Line(named.Name).Trim()}” goes into “{conference.Name}”, whose settings stay as they are.");
        }

        AddDeclaredStructure();
        var candidates = ImportCandidates.Find(sessions, _document.Sessions);
        _skipped.AddRange(candidates.Skipped);
        foreach (var candidate in Place(candidates.Accepted, sessions))
        {
            Stage(candidate);
        }

        foreach (var room in _catalog.NewRooms)
        {
            Record("Room", room, room.Name, new FieldDiff().Add("Name", (string?)null, room.Name).Add("Slug", (string?)null, room.Slug));
        }

        foreach (var track in _catalog.NewTracks)
        {
            Record("Track", track, track.Name, new FieldDiff().Add("Name", (string?)null, track.Name).Add("Slug", (string?)null, track.Slug));
        }

        foreach (var day in _catalog.NewDays)
        {
            Record("Day", day, DayLabel(day.Date), new FieldDiff().Add("Date", (DateOnly?)null, day.Date));
        }

        var leftAlone = sessions.Where(s => !candidates.Claimed.Contains(s)).Select(s => s.Title).ToList();

        Plan = new ImportPlan(
            createsEvent,
            [.. _catalog.NewDays.Select(d => d.Date).Order().Select(DayLabel)],
            [.. _catalog.NewRooms.Select(r => r.Name)],
            [.. _catalog.NewTracks.Select(t => t.Name)],
            _planned,
            [.. _document.Skipped, .. _skipped])
        {
            NewPeople = [.. _catalog.NewPeople.Select(p => p.Name)],
            NewSlots = _catalog.NewSlots.Count,
            LeftAlone = leftAlone,
            Notes = _notes,
        };

        if (createsEvent)
        {
            Record("Event", conference, conference.Name, new FieldDiff().Add("Name", (string?)null, conference.Name).Add("Time zone", (string?)null, conference.TimeZoneId));
        }
    }

    /// <summary>
    /// The candidates whose place is free, in file order. A place is held by a session the file leaves alone, or by one
    /// placed earlier in the file; a session of the file that cannot move keeps its old place, so its place is held
    /// from the start and the candidates are placed again.
    /// </summary>
    private List<ImportCandidate> Place(List<ImportCandidate> candidates, List<Session> sessions)
    {
        var moving = new HashSet<Session>(candidates.Where(c => c.Match is not null).Select(c => c.Match!), ReferenceEqualityComparer.Instance);
        var staying = new HashSet<Session>(sessions.Where(s => !moving.Contains(s)), ReferenceEqualityComparer.Instance);
        while (true)
        {
            var held = new Dictionary<(object Room, DateOnly Day, TimeOnly Start, TimeOnly End), string>();
            foreach (var session in staying)
            {
                if (session is { Room: { } room, TimeSlot: { Day: { } day } slot })
                {
                    held[(room, day.Date, slot.Start, slot.End)] = session.Title;
                }
            }

            var placed = new List<ImportCandidate>();
            var refused = new List<ImportIssue>();
            var again = false;
            foreach (var candidate in candidates)
            {
                if (candidate.Place is { } place)
                {
                    var key = (RoomKey(place.Room), place.Day, place.Start, place.End);
                    if (held.TryGetValue(key, out var other))
                    {
                        refused.Add(new ImportIssue(candidate.Where,
                            $"“{candidate.Draft.Title}” skipped: “{other}” is already in {_catalog.FindRoom(place.Room)?.Name ?? place.Room} on {DayLabel(place.Day)} at {EventClock.FormatTime(place.Start)}–{EventClock.FormatTime(place.End)}."));
                        if (candidate.Match is { IsScheduled: true } stuck && staying.Add(stuck))
                        {
                            again = true;
                            break;
                        }

                        continue;
                    }

                    held[key] = candidate.Draft.Title;
                }

                placed.Add(candidate);
            }

            if (!again)
            {
                _skipped.AddRange(refused);
                return placed;
            }
        }
    }

    private object RoomKey(string name) => (object?)_catalog.FindRoom(name) ?? name.ToUpperInvariant();

    /// <summary>Creates or updates the candidate's session when anything differs, with its stamps and history entry.</summary>
    private void Stage(ImportCandidate candidate)
    {
        var draft = candidate.Draft;
        var session = candidate.Match;
        var isNew = session is null;
        var room = candidate.Place is { } place ? _catalog.Room(place.Room) : null;
        var slot = candidate.Place is { } at ? _catalog.Slot(at.Day, at.Start, at.End) : null;
        var track = candidate.Track is { } trackName ? _catalog.Track(trackName) : null;
        var leads = draft.Leads.Select((l, i) => (Person: _catalog.Person(l.NewPersonName!, candidate.Source.Leads[i].Slug), l.IsTentative)).ToList();

        var diff = new FieldDiff()
            .Add("Title", isNew ? null : session!.Title, draft.Title)
            .Add("Slug", isNew ? null : session!.Slug, draft.Slug)
            .Add("Description", Blank(isNew ? "" : session!.Description), Blank(draft.Description))
            .Add("Track", session?.Track?.Name, track?.Name)
            .Add("Kind", isNew ? null : (SessionKind?)session!.Kind, draft.Kind)
            .Add("Status", isNew ? null : (SessionStatus?)session!.Status, draft.Status)
            .Add("Room", isNew ? null : session!.Room?.Name ?? Unscheduled, room?.Name ?? Unscheduled)
            .Add("Time slot", isNew ? null : SlotLabel(session!.TimeSlot), SlotLabel(slot))
            .Add("Lead wanted", !isNew && session!.LeadWanted, draft.LeadWanted)
            .Add("Open for on-demand", !isNew && session!.OpenForOnDemand, draft.OpenForOnDemand)
            .Add("Leads", Blank(LeadNames(session?.Leads.OrderBy(l => l.Order).Select(l => (l.Person!.Name, l.IsTentative)) ?? [])), Blank(LeadNames(leads.Select(l => (l.Person.Name, l.IsTentative)))))
            .Add("Subjects", Blank(SubjectTitles(session?.Subjects.OrderBy(s => s.Order).Select(s => s.Title) ?? [])), Blank(SubjectTitles(draft.Subjects.Select(s => s.Title))));
        var before = session?.Subjects.OrderBy(s => s.Order).ToList() ?? [];
        for (var i = 0; i < Math.Min(before.Count, draft.Subjects.Count); i++)
        {
            if (string.Equals(before[i].Title, draft.Subjects[i].Title, StringComparison.Ordinal))
            {
                diff.Add($"Subject “{draft.Subjects[i].Title}”", Blank(before[i].Description), Blank(draft.Subjects[i].Description));
            }
        }

        if (!isNew && diff.IsEmpty)
        {
            _planned.Add(new PlannedSession(ImportAction.Unchanged, draft.Title, draft.Slug, []));
            return;
        }

        if (session is null)
        {
            session = new Session { Uid = NewUid(candidate.Source.Guid), Slug = draft.Slug, Title = draft.Title };
            _db.Sessions.Add(session);
        }
        else if (session is { Room: { } oldRoom, TimeSlot: { } oldSlot } && (!ReferenceEquals(oldRoom, room) || !ReferenceEquals(oldSlot, slot)) && room is not null)
        {
            _vacate.Add(session);
        }

        session.Title = draft.Title;
        session.Slug = draft.Slug;
        session.Description = draft.Description;
        session.Track = track;
        session.Kind = draft.Kind;
        session.Status = draft.Status;
        session.Room = room;
        session.TimeSlot = slot;
        if (room is null)
        {
            session.RoomId = null;
            session.TimeSlotId = null;
        }

        if (track is null)
        {
            session.TrackId = null;
        }

        session.LeadWanted = draft.LeadWanted;
        session.OpenForOnDemand = draft.OpenForOnDemand;
        session.Leads.Clear();
        session.Leads.AddRange(leads.Select((l, i) => new SessionLead { Person = l.Person, IsTentative = l.IsTentative, Order = i }));
        session.Subjects.Clear();
        session.Subjects.AddRange(draft.Subjects.Select((s, i) => new SessionSubject { Title = s.Title, Description = s.Description, Order = i }));

        session.Revision = isNew ? 0 : session.Revision + 1;
        session.LastModifiedUtc = _utcNow;
        session.Version = Guid.NewGuid();
        Record("Session", session, session.Title, diff, isNew ? "Imported" : "Updated");
        _planned.Add(new PlannedSession(isNew ? ImportAction.Create : ImportAction.Update, draft.Title, draft.Slug, [.. diff.Changes.Select(c => c.Field)]));
    }

    /// <summary>The file's guid as the session's identity when it is free, so the same file finds the session again.</summary>
    private Guid NewUid(Guid? fromFile)
    {
        var uid = fromFile is { } guid && guid != Guid.Empty && !_uids.Contains(guid) ? guid : Guid.NewGuid();
        _uids.Add(uid);
        return uid;
    }

    private void Record(string entityType, object entity, string label, FieldDiff diff, string action = "Created")
    {
        var change = new ScheduleChange
        {
            AtUtc = _utcNow,
            User = _by,
            EntityType = entityType,
            EntityId = 0,
            EntityLabel = label,
            Action = action,
            Fields = [.. diff.Changes],
        };
        _history.Add((change, entity));
    }

    private static string DayLabel(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string SlotLabel(TimeSlot? slot) => slot is { Day: { } day }
        ? $"{day.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)} {EventClock.FormatTime(slot.Start)}–{EventClock.FormatTime(slot.End)}"
        : Unscheduled;

    private static string? Limit(string? text, int max) => text is null || text.Length == 0 ? null : text.Length <= max ? text : text[..max];

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static string LeadNames(IEnumerable<(string Name, bool Tentative)> leads) =>
        string.Join(", ", leads.Select(l => l.Tentative ? $"{l.Name} (tentative)" : l.Name));

    private static string SubjectTitles(IEnumerable<string> titles) => string.Join(" | ", titles);
}
