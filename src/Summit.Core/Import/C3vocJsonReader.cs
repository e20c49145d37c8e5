using System.Text.Json;
using Summit.Core.Editing;
using Summit.Core.Import.Reading;
using static Summit.Core.Import.Reading.JsonValues;

namespace Summit.Core.Import;

/// <summary>
/// Reads a c3voc/frab <c>schedule.json</c> (as Pretalx, frab and Summit publish it): the conference's title, acronym
/// and time zone, its rooms and tracks, and every event of every day as a session. See docs/import-formats.md.
/// </summary>
internal static class C3vocJsonReader
{
    private const string NotASchedule =
        "This JSON file is not a schedule.json: it has no \"schedule\" object with a \"conference\" in it. Summit reads the c3voc/frab schedule.json that Pretalx and frab publish.";

    public static ImportRead Read(ReadOnlyMemory<byte> content, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (content.Span.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        try
        {
            JsonPrecheck.Check(content.Span, limits.MaxDepth);
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions
            {
                MaxDepth = limits.MaxDepth + 1,
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            return ImportRead.Of(ReadSchedule(document.RootElement, limits));
        }
        catch (JsonException ex)
        {
            return ImportRead.Refuse(JsonPrecheck.NotJson(ex));
        }
        catch (ImportRefusal refusal)
        {
            return ImportRead.Refuse(refusal.Message);
        }
    }

    private static ImportDocument ReadSchedule(JsonElement root, ImportLimits limits)
    {
        // The standard wraps everything in "schedule"; some hand-made files start at the conference's parent.
        var (schedule, path) = Property(root, "schedule") is { ValueKind: JsonValueKind.Object } wrapped ? (wrapped, "$.schedule") : (root, "$");
        if (Property(schedule, "conference") is not { ValueKind: JsonValueKind.Object } conference)
        {
            throw new ImportRefusal(NotASchedule);
        }

        path = Path(path, "conference");
        if (Array(conference, "days") is not { } days)
        {
            throw new ImportRefusal($"This schedule.json has no days ({path}.days), so there are no sessions in it to import.");
        }

        var builder = new ImportDocumentBuilder(ImportFormat.ScheduleJson, limits);
        ReadRooms(conference, path, builder);
        ReadTracks(conference, path, builder);
        var events = ReadDays(days, Path(path, "days"), builder, limits);

        var sampleOffset = events.Select(e => TimeText.TryParseTimestamp(e.Date, out _, out var offset) ? offset : null).FirstOrDefault(o => o is not null);
        var zone = EventZone.Resolve(Text(conference, "time_zone_name"), sampleOffset, builder, Path(path, "time_zone_name"));
        builder.Event = ReadEvent(conference, path, zone, builder);

        var mapper = new C3vocEventMapper(zone, IsSummitExport(root) || IsSummitExport(schedule), builder);
        foreach (var e in events)
        {
            mapper.Add(e);
        }

        return builder.Build();
    }

    private static ImportEvent? ReadEvent(JsonElement conference, string path, EventZone zone, ImportDocumentBuilder builder)
    {
        var title = TextInput.Line(Text(conference, "title") ?? "").Trim();
        var acronym = TextInput.Line(Text(conference, "acronym") ?? "").Trim();
        if (title.Length == 0 && acronym.Length == 0)
        {
            builder.Skip(Path(path, "title"), "The conference has neither a title nor an acronym: the sessions go into the event Summit already has.");
            return null;
        }

        return new ImportEvent(title.Length > 0 ? title : acronym, zone.Id) { Acronym = acronym.Length > 0 ? acronym : null };
    }

    private static bool IsSummitExport(JsonElement obj) =>
        Property(obj, "generator") is { } generator && string.Equals(Text(generator, "name")?.Trim(), "Summit", StringComparison.OrdinalIgnoreCase);

    private static void ReadRooms(JsonElement conference, string path, ImportDocumentBuilder builder)
    {
        if (Array(conference, "rooms") is not { } rooms)
        {
            return;
        }

        var i = 0;
        foreach (var room in rooms.EnumerateArray())
        {
            var name = room.ValueKind == JsonValueKind.String ? room.GetString() : Text(room, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                builder.Skip(Path(Path(path, "rooms"), i), "A room without a name was left out.");
            }
            else
            {
                builder.AddRoom(name, ScheduleConventions.Slug(Text(room, "slug")), Integer(room, "capacity"));
            }

            i++;
        }
    }

    private static void ReadTracks(JsonElement conference, string path, ImportDocumentBuilder builder)
    {
        if (Array(conference, "tracks") is not { } tracks)
        {
            return;
        }

        var i = 0;
        foreach (var track in tracks.EnumerateArray())
        {
            var name = track.ValueKind == JsonValueKind.String ? track.GetString() : Text(track, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                builder.Skip(Path(Path(path, "tracks"), i), "A track without a name was left out.");
            }
            else
            {
                builder.AddTrack(name, ScheduleConventions.Slug(Text(track, "slug")));
            }

            i++;
        }
    }

    private static List<C3vocEvent> ReadDays(JsonElement days, string path, ImportDocumentBuilder builder, ImportLimits limits)
    {
        var events = new List<C3vocEvent>();
        var d = 0;
        foreach (var day in days.EnumerateArray())
        {
            var dayPath = Path(path, d++);
            DateOnly? date = null;
            var dateText = Text(day, "date");
            if (TimeText.TryParseIsoDate(dateText, out var parsed))
            {
                date = parsed;
                builder.AddDay(parsed);
            }
            else
            {
                builder.Skip(Path(dayPath, "date"), $"The day's date \"{dateText}\" is not a date (year-month-day): its events need their own \"date\".");
            }

            if (Property(day, "rooms") is not { ValueKind: JsonValueKind.Object } rooms)
            {
                builder.Skip(Path(dayPath, "rooms"), "The day has no \"rooms\" object (room name: list of events), so its events were left out.");
                continue;
            }

            foreach (var room in rooms.EnumerateObject())
            {
                var roomPath = Key(Path(dayPath, "rooms"), room.Name);
                builder.AddRoom(room.Name);
                if (room.Value.ValueKind != JsonValueKind.Array)
                {
                    builder.Skip(roomPath, "The room's events are not a list, so they were left out.");
                    continue;
                }

                var i = 0;
                foreach (var item in room.Value.EnumerateArray())
                {
                    var where = Path(roomPath, i++);
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        builder.Skip(where, "This is not an event (an object with a title, date and duration), so it was left out.");
                        continue;
                    }

                    if (events.Count >= limits.MaxSessions)
                    {
                        throw new ImportRefusal(ImportDocumentBuilder.TooManySessions(limits));
                    }

                    events.Add(ReadEvent(item, where, date, room.Name));
                }
            }
        }

        return events;
    }

    private static C3vocEvent ReadEvent(JsonElement e, string where, DateOnly? day, string room) => new(where)
    {
        ListedDay = day,
        ListedRoom = room,
        Guid = Text(e, "guid"),
        Date = Text(e, "date"),
        Start = Text(e, "start"),
        End = Text(e, "end"),
        Duration = Text(e, "duration"),
        Room = Text(e, "room"),
        Slug = Text(e, "slug"),
        Url = Text(e, "url"),
        Title = Text(e, "title"),
        Subtitle = Text(e, "subtitle"),
        Track = Text(e, "track") ?? (Property(e, "track") is { } track ? Text(track, "name") : null),
        Type = Text(e, "type"),
        Abstract = Text(e, "abstract"),
        Description = Text(e, "description"),
        Persons = ReadPersons(e, where),
    };

    private static List<C3vocPerson> ReadPersons(JsonElement e, string where)
    {
        if (Array(e, "persons") is not { } persons)
        {
            return [];
        }

        var path = Path(where, "persons");
        return [.. persons.EnumerateArray().Select((p, i) => new C3vocPerson(
            p.ValueKind == JsonValueKind.String ? p.GetString() : Text(p, "name") ?? Text(p, "public_name") ?? Text(p, "full_name"),
            Path(path, i)))];
    }
}
