using Summit.Core.Editing;
using Summit.Core.Import;

namespace Summit.Data.Import;

/// <summary>A session of the file that passed the checks: what it would save, and the session it updates (null: a new one).</summary>
internal sealed record ImportCandidate(ImportSession Source, string Where, SessionDraft Draft, Session? Match, ImportPlace? Place, string? Track);

/// <summary>Where a session of the file goes: a room by name and a day's times.</summary>
internal sealed record ImportPlace(DateOnly Day, TimeOnly Start, TimeOnly End, string Room);

/// <summary>
/// Finds the session each of the file's sessions updates (by guid, then by slug) and checks it with the rules organizer
/// edits follow. What fails is skipped with where it is in the file and why; what passes is a candidate.
/// </summary>
internal sealed class ImportCandidates
{
    private readonly Dictionary<Guid, Session> _byUid;
    private readonly Dictionary<string, Session> _bySlug;
    private readonly HashSet<Session> _claimed = new(ReferenceEqualityComparer.Instance);

    // Slugs this import gives sessions: a second session of the file may not take one.
    private readonly HashSet<string> _slugsTaken = new(StringComparer.Ordinal);

    private ImportCandidates(IReadOnlyList<Session> sessions)
    {
        _byUid = sessions.ToDictionary(s => s.Uid);
        _bySlug = sessions.ToDictionary(s => s.Slug, StringComparer.Ordinal);
    }

    public List<ImportCandidate> Accepted { get; } = [];

    public List<ImportIssue> Skipped { get; } = [];

    /// <summary>The event's sessions the file names, even those then skipped: the others are left alone.</summary>
    public IReadOnlySet<Session> Claimed => _claimed;

    public static ImportCandidates Find(IReadOnlyList<Session> existing, IReadOnlyList<ImportSession> sessions)
    {
        var found = new ImportCandidates(existing);
        found.Check(sessions);
        return found;
    }

    private void Check(IReadOnlyList<ImportSession> sessions)
    {
        // Guids first, for the whole file: a session the file names by guid is never taken by another's slug.
        var byGuid = new Dictionary<int, Session>();
        var duplicate = new Dictionary<int, string>();
        var seen = new Dictionary<Guid, string>();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (sessions[i].Guid is not { } guid)
            {
                continue;
            }

            if (seen.TryGetValue(guid, out var first))
            {
                duplicate[i] = $"the file has this session twice (guid {guid:D}, also {first}); the first is imported.";
                continue;
            }

            seen[guid] = WhereOf(sessions[i], i);
            if (_byUid.GetValueOrDefault(guid) is { } match && _claimed.Add(match))
            {
                byGuid[i] = match;
            }
        }

        for (var i = 0; i < sessions.Count; i++)
        {
            var source = sessions[i];
            var where = WhereOf(source, i);
            var title = TextInput.Line(source.Title).Trim();
            if (duplicate.TryGetValue(i, out var twice))
            {
                Skip(where, title, twice);
            }
            else if (Candidate(source, where, title, byGuid.GetValueOrDefault(i)) is { } candidate)
            {
                Accepted.Add(candidate);
                _slugsTaken.Add(candidate.Draft.Slug);
            }
        }
    }

    private ImportCandidate? Candidate(ImportSession source, string where, string title, Session? match)
    {
        var explicitSlug = string.IsNullOrWhiteSpace(source.Slug) ? null : SessionRules.SlugFrom(TextInput.Line(source.Slug).Trim());
        string slug;
        if (match is not null)
        {
            slug = explicitSlug ?? match.Slug;
        }
        else if (explicitSlug is not null)
        {
            slug = explicitSlug;
            if (_bySlug.TryGetValue(slug, out var bySlug) && _claimed.Add(bySlug))
            {
                match = bySlug;
            }
        }
        else
        {
            (slug, match) = SlugFromTitle(title);
        }

        if (_slugsTaken.Contains(slug))
        {
            return Skip(where, title, $"another session of the file already has the address /sessions/{slug}.");
        }

        if (_bySlug.TryGetValue(slug, out var holder) && !ReferenceEquals(holder, match))
        {
            return Skip(where, title, $"the address /sessions/{slug} belongs to “{holder.Title}”.");
        }

        var place = PlaceOf(source, out var placeProblem);
        if (placeProblem is not null)
        {
            return Skip(where, title, placeProblem);
        }

        var track = string.IsNullOrWhiteSpace(source.Track) ? null : TextInput.Line(source.Track).Trim();
        if (track?.Length > ImportCatalog.MaxStructureName || place?.Room.Length > ImportCatalog.MaxStructureName)
        {
            return Skip(where, title, $"keep room and track names to {ImportCatalog.MaxStructureName} characters.");
        }

        var leads = source.Leads.Select(l => new LeadDraft(null, TextInput.Line(l.Name).Trim(), l.IsTentative)).ToList();
        if (leads.Any(l => l.NewPersonName!.Length > ImportCatalog.MaxPersonName))
        {
            return Skip(where, title, $"keep leads' names to {ImportCatalog.MaxPersonName} characters.");
        }

        // The rules of the session form, with stand-in ids for the room, slot and track the import finds or makes.
        var draft = new SessionDraft(
            title, slug, source.Description, track is null ? null : 1, source.Kind, source.Status, place is null ? null : 1, place is null ? null : 1,
            source.LeadWanted, source.OpenForOnDemand, leads, [.. source.Subjects.Select(s => new SubjectDraft(s.Title, s.Description))]).Normalized();
        var errors = SessionRules.Validate(draft, Facts);
        if (errors.Count > 0)
        {
            return Skip(where, title, string.Join(" ", errors.SelectMany(e => e.Value)));
        }

        if (match is not null)
        {
            _claimed.Add(match);
        }

        return new ImportCandidate(source, where, draft, match, place, track);
    }

    /// <summary>
    /// A slug for a session the file gives none (a spreadsheet's): from its title, "-2", "-3"… for a title the file has
    /// before. The same file imported again finds the same sessions under the same slugs.
    /// </summary>
    private (string Slug, Session? Match) SlugFromTitle(string title)
    {
        var made = SessionRules.SlugFrom(title);
        for (var n = 1; ; n++)
        {
            var slug = n == 1 ? made : $"{made}-{n}";
            if (_slugsTaken.Contains(slug))
            {
                continue;
            }

            if (!_bySlug.TryGetValue(slug, out var existing))
            {
                return (slug, null);
            }

            if (!_claimed.Contains(existing))
            {
                _claimed.Add(existing);
                return (slug, existing);
            }
        }
    }

    /// <summary>The session's place: all of day, start, end and room, or none of them (unscheduled).</summary>
    private static ImportPlace? PlaceOf(ImportSession source, out string? problem)
    {
        problem = null;
        var room = string.IsNullOrWhiteSpace(source.Room) ? null : TextInput.Line(source.Room).Trim();
        if (source is { Day: null, Start: null, End: null } && room is null)
        {
            return null;
        }

        if (source.Day is not { } day || source.Start is not { } start || source.End is not { } end || room is null)
        {
            var missing = new[] { (source.Day is null, "day"), (source.Start is null, "start"), (source.End is null, "end"), (room is null, "room") }
                .Where(m => m.Item1).Select(m => m.Item2);
            problem = $"it has no {string.Join(" or ", missing)}: give a session all of day, start, end and room, or none of them to leave it unscheduled.";
            return null;
        }

        if (end <= start)
        {
            problem = $"it ends at {end:HH\\:mm}, not after it starts at {start:HH\\:mm}; a session ends on the day it starts.";
            return null;
        }

        return new ImportPlace(day, start, end, room);
    }

    private static readonly ScheduleFacts Facts = new(
        new HashSet<string>(), new Dictionary<(int, int), string>(), new HashSet<int> { 1 }, new HashSet<int> { 1 }, new HashSet<int> { 1 }, new HashSet<int>());

    private static string WhereOf(ImportSession source, int index) =>
        string.IsNullOrWhiteSpace(source.Where) ? $"session {index + 1}" : source.Where;

    private ImportCandidate? Skip(string where, string title, string reason)
    {
        Skipped.Add(new ImportIssue(where, $"“{(title.Length == 0 ? "(no title)" : title)}” skipped: {reason}"));
        return null;
    }
}
