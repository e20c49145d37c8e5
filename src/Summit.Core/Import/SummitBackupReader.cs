using System.Globalization;
using System.Text.Json;
using Summit.Core.Releases;
using F = Summit.Core.Import.SummitBackupFormat;

namespace Summit.Core.Import;

/// <summary>
/// Reads a Summit backup (<see cref="SummitBackupWriter"/>) into an <see cref="ImportDocument"/>. A file without the
/// marker, of a newer version, or without the event's name and time zone is refused; a part that cannot be understood
/// (a day without a date, a lead naming nobody) is left out and listed with its JSON path.
/// </summary>
internal static class SummitBackupReader
{
    public static ImportRead Read(ReadOnlyMemory<byte> content, ImportLimits limits)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException ex)
        {
            return ImportRead.Refuse(string.Create(CultureInfo.InvariantCulture,
                $"The backup is not valid JSON (line {(ex.LineNumber ?? 0) + 1}), or nests deeper than {limits.MaxDepth} levels: nothing was imported."));
        }

        using (json)
        {
            return Read(json.RootElement, limits);
        }
    }

    /// <summary>Whether a JSON text is a Summit backup (its first property names the format) rather than a c3voc schedule.</summary>
    public static bool LooksLikeBackup(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: false, state: default);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(F.Format)
                && reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(F.Marker);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ImportRead Read(JsonElement root, ImportLimits limits)
    {
        if (root.ValueKind != JsonValueKind.Object || Text(root, F.Format) != F.Marker)
        {
            return ImportRead.Refuse("This is not a Summit backup: its first property is not \"format\": \"summit-backup\".");
        }

        if (!root.TryGetProperty(F.FormatVersion, out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number < 1)
        {
            return ImportRead.Refuse("The backup has no version number: nothing was imported.");
        }

        if (number > F.Version)
        {
            return ImportRead.Refuse(string.Create(CultureInfo.InvariantCulture,
                $"The backup was written by a newer Summit (backup version {number}); this one reads version {F.Version}. Update Summit to import it."));
        }

        if (!root.TryGetProperty(F.Event, out var eventElement) || eventElement.ValueKind != JsonValueKind.Object
            || Text(eventElement, F.Name) is not { Length: > 0 } name || Text(eventElement, F.TimeZone) is not { Length: > 0 } zone)
        {
            return ImportRead.Refuse("The backup has no event with a name and a time zone ($.event): nothing was imported.");
        }

        var sessions = Array(root, F.Sessions);
        if (sessions.Count > limits.MaxSessions)
        {
            return ImportRead.Refuse(string.Create(CultureInfo.InvariantCulture,
                $"The backup holds {sessions.Count} sessions; an import takes at most {limits.MaxSessions}."));
        }

        var skipped = new List<ImportIssue>();
        var people = ReadPeople(root, skipped);
        var peopleBySlug = people.Where(p => p.Slug is not null).GroupBy(p => p.Slug!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var settings = ReadEvent(eventElement, name, zone, skipped);
        var days = ReadDays(root, skipped);
        var rooms = ReadNamed(root, F.Rooms, skipped, (e, n, slug, where) => new ImportRoom(n, slug, Capacity(e, where, skipped)));
        var tracks = ReadNamed(root, F.Tracks, skipped, (_, n, slug, _) => new ImportTrack(n, slug));
        var names = new Names(NamesBySlug(rooms.Select(r => (r.Name, r.Slug))), NamesBySlug(tracks.Select(t => (t.Name, t.Slug))), peopleBySlug);
        var document = new ImportDocument(
            ImportFormat.SummitBackup,
            settings,
            days,
            rooms,
            tracks,
            [.. sessions.Select((s, i) => ReadSession(s, $"$.{F.Sessions}[{i}]", names, skipped)).OfType<ImportSession>()],
            skipped)
        {
            People = people,
        };
        return ImportRead.Of(document);
    }

    /// <summary>The backup's rooms, tracks and people by slug: sessions name them by slug, the document rooms and tracks by name.</summary>
    private sealed record Names(Dictionary<string, string> Rooms, Dictionary<string, string> Tracks, Dictionary<string, ImportPerson> People);

    private static Dictionary<string, string> NamesBySlug(IEnumerable<(string Name, string? Slug)> items)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, slug) in items)
        {
            if (slug is not null)
            {
                names.TryAdd(slug, name);
            }
        }

        return names;
    }

    /// <summary>The name of the room or track with this slug; a slug the backup does not list is kept, and the import makes a room or track of it.</summary>
    private static string? NameOf(Dictionary<string, string> names, string? slug) =>
        slug is null ? null : names.GetValueOrDefault(slug, slug);

    private static ImportEvent ReadEvent(JsonElement e, string name, string zone, List<ImportIssue> skipped)
    {
        PublishMode? mode = null;
        if (Text(e, F.PublishMode) is { } text)
        {
            if (F.TryParsePublishMode(text, out var parsed))
            {
                mode = parsed;
            }
            else
            {
                skipped.Add(new($"$.{F.Event}.{F.PublishMode}", $"“{text}” is not a publish mode ({F.PublishModeChoices}); the event's is left as it is."));
            }
        }

        return new ImportEvent(name, zone)
        {
            Acronym = Text(e, F.Acronym),
            Subtitle = Text(e, F.Subtitle),
            Venue = Text(e, F.Venue),
            BannerText = Text(e, F.BannerText),
            BannerLinkLabel = Text(e, F.BannerLinkLabel),
            BannerLinkUrl = Text(e, F.BannerLinkUrl),
            ImageOrigins = Text(e, F.ImageOrigins),
            PublishMode = mode,
        };
    }

    private static List<ImportDay> ReadDays(JsonElement root, List<ImportIssue> skipped)
    {
        var days = new List<ImportDay>();
        var seen = new HashSet<DateOnly>();
        foreach (var (day, i) in Array(root, F.Days).Select((d, i) => (d, i)))
        {
            var where = $"$.{F.Days}[{i}]";
            if (!F.TryParseDate(Text(day, F.Date), out var date))
            {
                skipped.Add(new(where, "The day has no date in the form 2012-10-15; it and its slots are left out."));
                continue;
            }

            if (!seen.Add(date))
            {
                skipped.Add(new(where, $"{F.FormatDate(date)} is listed twice; the second is left out."));
                continue;
            }

            var slots = new List<ImportSlot>();
            foreach (var (slot, j) in Array(day, F.Slots).Select((s, j) => (s, j)))
            {
                if (F.TryParseTime(Text(slot, F.Start), out var start) && F.TryParseTime(Text(slot, F.End), out var end) && end > start)
                {
                    slots.Add(new ImportSlot(start, end));
                }
                else
                {
                    skipped.Add(new($"{where}.{F.Slots}[{j}]", "The slot needs a start and a later end, such as 09:00 and 09:40; it is left out."));
                }
            }

            days.Add(new ImportDay(date, slots));
        }

        return days;
    }

    private static List<ImportPerson> ReadPeople(JsonElement root, List<ImportIssue> skipped) =>
        ReadNamed(root, F.People, skipped, (_, name, slug, _) => new ImportPerson(name, slug));

    /// <summary>Rooms, tracks and people: each needs a name; its slug is optional.</summary>
    private static List<T> ReadNamed<T>(JsonElement root, string property, List<ImportIssue> skipped, Func<JsonElement, string, string?, string, T> make)
    {
        var items = new List<T>();
        foreach (var (item, i) in Array(root, property).Select((x, i) => (x, i)))
        {
            var where = $"$.{property}[{i}]";
            if (Text(item, F.Name) is not { } name || string.IsNullOrWhiteSpace(name))
            {
                skipped.Add(new(where, "It has no name; it is left out."));
                continue;
            }

            items.Add(make(item, name, Text(item, F.Slug), where));
        }

        return items;
    }

    private static int? Capacity(JsonElement room, string where, List<ImportIssue> skipped)
    {
        if (!room.TryGetProperty(F.Capacity, out var capacity) || capacity.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (capacity.ValueKind == JsonValueKind.Number && capacity.TryGetInt32(out var number) && number > 0)
        {
            return number;
        }

        skipped.Add(new($"{where}.{F.Capacity}", "The capacity is not a whole number above zero; the room is imported without one."));
        return null;
    }

    private static ImportSession? ReadSession(JsonElement s, string where, Names names, List<ImportIssue> skipped)
    {
        if (s.ValueKind != JsonValueKind.Object || Text(s, F.Title) is not { } title || string.IsNullOrWhiteSpace(title))
        {
            skipped.Add(new(where, "The session has no title; it is left out."));
            return null;
        }

        Guid? guid = null;
        if (Text(s, F.Guid) is { } guidText)
        {
            if (Guid.TryParseExact(guidText, "D", out var parsed))
            {
                guid = parsed;
            }
            else
            {
                skipped.Add(new($"{where}.{F.Guid}", $"“{guidText}” is not a guid; the session is matched by its slug."));
            }
        }

        var kind = SessionKind.Regular;
        if (Text(s, F.Kind) is { } kindText && !F.TryParseKind(kindText, out kind))
        {
            skipped.Add(new($"{where}.{F.Kind}", $"“{kindText}” is not a kind ({F.KindChoices}); the session is imported as regular."));
        }

        var status = SessionStatus.Confirmed;
        if (Text(s, F.Status) is { } statusText && !F.TryParseStatus(statusText, out status))
        {
            skipped.Add(new($"{where}.{F.Status}", $"“{statusText}” is not a status ({F.StatusChoices}); the session is imported as confirmed."));
        }

        var session = new ImportSession(title)
        {
            Guid = guid,
            Slug = Text(s, F.Slug),
            Description = Text(s, F.Description) ?? "",
            Track = NameOf(names.Tracks, Text(s, F.Track)),
            Kind = kind,
            Status = status,
            LeadWanted = Flag(s, F.LeadWanted),
            OpenForOnDemand = Flag(s, F.OpenForOnDemand),
            Leads = ReadLeads(s, where, names.People, skipped),
            Subjects = ReadSubjects(s, where, skipped),
            Where = where,
        };
        return Place(s, session, names, skipped);
    }

    /// <summary>A session with its day, start, end and room is scheduled; one with none of them unscheduled.</summary>
    private static ImportSession Place(JsonElement s, ImportSession session, Names names, List<ImportIssue> skipped)
    {
        var day = Text(s, F.Day);
        var start = Text(s, F.Start);
        var end = Text(s, F.End);
        var room = Text(s, F.Room);
        if (day is null && start is null && end is null && room is null)
        {
            return session;
        }

        if (F.TryParseDate(day, out var date) && F.TryParseTime(start, out var from) && F.TryParseTime(end, out var to) && to > from && room is { Length: > 0 })
        {
            return session with { Day = date, Start = from, End = to, Room = NameOf(names.Rooms, room) };
        }

        skipped.Add(new(session.Where, "The session needs a day, a start, a later end and a room to be placed; it is imported unscheduled."));
        return session;
    }

    private static List<ImportLead> ReadLeads(JsonElement s, string where, Dictionary<string, ImportPerson> people, List<ImportIssue> skipped)
    {
        var leads = new List<ImportLead>();
        foreach (var (lead, i) in Array(s, F.Leads).Select((l, i) => (l, i)))
        {
            var slug = Text(lead, F.Person);
            if (slug is null || !people.TryGetValue(slug, out var person))
            {
                skipped.Add(new($"{where}.{F.Leads}[{i}]", $"The lead names {(slug is null ? "no one" : $"“{slug}”, who is not among the backup's people")}; it is left out."));
                continue;
            }

            leads.Add(new ImportLead(person.Name, Flag(lead, F.Tentative)) { Slug = slug });
        }

        return leads;
    }

    private static List<ImportSubject> ReadSubjects(JsonElement s, string where, List<ImportIssue> skipped)
    {
        var subjects = new List<ImportSubject>();
        foreach (var (subject, i) in Array(s, F.Subjects).Select((x, i) => (x, i)))
        {
            if (Text(subject, F.Title) is not { } title || string.IsNullOrWhiteSpace(title))
            {
                skipped.Add(new($"{where}.{F.Subjects}[{i}]", "The subject has no title; it is left out."));
                continue;
            }

            subjects.Add(new ImportSubject(title, Text(subject, F.Description) ?? ""));
        }

        return subjects;
    }

    /// <summary>The items of an array property; a missing or non-array property has none.</summary>
    private static List<JsonElement> Array(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray()]
            : [];

    private static string? Text(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool Flag(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
