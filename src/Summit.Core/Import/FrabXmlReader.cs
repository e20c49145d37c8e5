using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Summit.Core.Editing;
using Summit.Core.Import.Reading;

namespace Summit.Core.Import;

/// <summary>
/// Reads a frab/c3voc <c>schedule.xml</c>: the conference's title, acronym, time zone and tracks, and every event of
/// every day and room as a session. A DOCTYPE is refused, so no entity is ever expanded or fetched from anywhere.
/// See docs/import-formats.md.
/// </summary>
internal static class FrabXmlReader
{
    public static ImportRead Read(ReadOnlyMemory<byte> content, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            XmlPrecheck.Check(content, limits);
            XDocument document;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), XmlPrecheck.Settings(limits));
                document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
            catch (XmlException ex)
            {
                throw new ImportRefusal(XmlPrecheck.NotXml(ex, content.Span));
            }

            return ImportRead.Of(ReadSchedule(document.Root!, limits));
        }
        catch (ImportRefusal refusal)
        {
            return ImportRead.Refuse(refusal.Message);
        }
    }

    private static ImportDocument ReadSchedule(XElement schedule, ImportLimits limits)
    {
        if (Child(schedule, "conference") is not { } conference)
        {
            throw new ImportRefusal("This schedule.xml has no <conference>, so it is not a schedule Summit can read.");
        }

        var days = schedule.Elements().Where(e => e.Name.LocalName == "day").ToList();
        if (days.Count == 0)
        {
            throw new ImportRefusal("This schedule.xml has no <day>, so there are no sessions in it to import.");
        }

        var builder = new ImportDocumentBuilder(ImportFormat.ScheduleXml, limits);
        foreach (var room in conference.Descendants().Where(e => e.Name.LocalName == "room"))
        {
            builder.AddRoom(Attribute(room, "name") ?? room.Value, ScheduleConventions.Slug(Attribute(room, "slug")));
        }

        foreach (var track in conference.Descendants().Where(e => e.Name.LocalName == "track"))
        {
            builder.AddTrack(Attribute(track, "name") ?? track.Value, ScheduleConventions.Slug(Attribute(track, "slug")));
        }

        var events = ReadDays(days, builder, limits);
        var sampleOffset = events.Select(e => TimeText.TryParseTimestamp(e.Date, out _, out var offset) ? offset : null).FirstOrDefault(o => o is not null);
        var zoneElement = Child(conference, "time_zone_name");
        var zone = EventZone.Resolve(zoneElement?.Value, sampleOffset, builder, Where(zoneElement ?? conference));
        builder.Event = ReadEvent(conference, zone, builder);

        var generator = Child(schedule, "generator");
        var summitExport = string.Equals(Attribute(generator, "name"), "Summit", StringComparison.OrdinalIgnoreCase);
        var mapper = new C3vocEventMapper(zone, summitExport, builder);
        foreach (var e in events)
        {
            mapper.Add(e);
        }

        return builder.Build();
    }

    private static ImportEvent? ReadEvent(XElement conference, EventZone zone, ImportDocumentBuilder builder)
    {
        var title = TextInput.Line(Child(conference, "title")?.Value ?? "").Trim();
        var acronym = TextInput.Line(Child(conference, "acronym")?.Value ?? "").Trim();
        if (title.Length == 0 && acronym.Length == 0)
        {
            builder.Skip(Where(conference), "The conference has neither a title nor an acronym: the sessions go into the event Summit already has.");
            return null;
        }

        return new ImportEvent(title.Length > 0 ? title : acronym, zone.Id) { Acronym = acronym.Length > 0 ? acronym : null };
    }

    private static List<C3vocEvent> ReadDays(List<XElement> days, ImportDocumentBuilder builder, ImportLimits limits)
    {
        var events = new List<C3vocEvent>();
        foreach (var day in days)
        {
            DateOnly? date = null;
            var dateText = Attribute(day, "date");
            if (TimeText.TryParseIsoDate(dateText, out var parsed))
            {
                date = parsed;
                builder.AddDay(parsed);
            }
            else
            {
                builder.Skip(Where(day), $"The day's date \"{dateText}\" is not a date (year-month-day): its events need their own <date>.");
            }

            foreach (var room in day.Elements().Where(e => e.Name.LocalName == "room"))
            {
                var roomName = Attribute(room, "name") ?? "";
                builder.AddRoom(roomName);
                foreach (var e in room.Elements().Where(e => e.Name.LocalName == "event"))
                {
                    if (events.Count >= limits.MaxSessions)
                    {
                        throw new ImportRefusal(ImportDocumentBuilder.TooManySessions(limits));
                    }

                    events.Add(ReadEvent(e, date, roomName));
                }
            }
        }

        return events;
    }

    private static C3vocEvent ReadEvent(XElement e, DateOnly? day, string room) => new(Where(e))
    {
        ListedDay = day,
        ListedRoom = room,
        Guid = Attribute(e, "guid"),
        Date = Child(e, "date")?.Value,
        Start = Child(e, "start")?.Value,
        End = Child(e, "end")?.Value,
        Duration = Child(e, "duration")?.Value,
        Room = Child(e, "room")?.Value,
        Slug = Child(e, "slug")?.Value,
        Url = Child(e, "url")?.Value,
        Title = Child(e, "title")?.Value,
        Subtitle = Child(e, "subtitle")?.Value,
        Track = Child(e, "track")?.Value,
        Type = Child(e, "type")?.Value,
        Abstract = Child(e, "abstract")?.Value,
        Description = Child(e, "description")?.Value,
        Persons = Child(e, "persons") is { } persons
            ? [.. persons.Elements().Where(p => p.Name.LocalName == "person").Select(p => new C3vocPerson(p.Value, Where(p)))]
            : [],
    };

    private static XElement? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Attribute(XElement? element, string name) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value;

    private static string Where(XElement element) =>
        string.Create(CultureInfo.InvariantCulture, $"line {((IXmlLineInfo)element).LineNumber}");
}
