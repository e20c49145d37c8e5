using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using F = Summit.Core.Import.SummitBackupFormat;

namespace Summit.Core.Import;

/// <summary>
/// Writes a Summit backup: the whole event as JSON, in the order the document lists it and with nothing that changes
/// from one run to the next (no timestamps, "\n" line ends), so the same event always gives the same bytes.
/// </summary>
/// <remarks>
/// The file names a session's room, track and leads by slug, which never collide, where the document names rooms and
/// tracks by name (<see cref="ImportSession.Room"/>): the writer looks the slug up in the document's rooms and tracks,
/// and the reader turns it back into the name. Leads need their person's slug. Optional values that are null are left out.
/// </remarks>
public static class SummitBackupWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Letters of every script stay readable; only what JSON or HTML needs escaped is escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The backup of <paramref name="document"/> as UTF-8 bytes.</summary>
    public static byte[] Write(ImportDocument document)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the backup of <paramref name="document"/> to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(ImportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        if (document.Event is null)
        {
            throw new ArgumentException("A backup holds an event.", nameof(document));
        }

        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            // The marker comes first: it is how a reader tells a backup from a c3voc schedule.json.
            json.WriteString(F.Format, F.Marker);
            json.WriteNumber(F.FormatVersion, F.Version);
            WriteEvent(json, document.Event);
            WriteArray(json, F.Days, document.Days, WriteDay);
            WriteArray(json, F.Rooms, document.Rooms, WriteRoom);
            WriteArray(json, F.Tracks, document.Tracks, WriteTrack);
            WriteArray(json, F.People, document.People, WritePerson);
            var rooms = SlugsByName(document.Rooms.Select(r => (r.Name, r.Slug)));
            var tracks = SlugsByName(document.Tracks.Select(t => (t.Name, t.Slug)));
            WriteArray(json, F.Sessions, document.Sessions, (json, session) => WriteSession(json, session, rooms, tracks));
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteEvent(Utf8JsonWriter json, ImportEvent e)
    {
        json.WriteStartObject(F.Event);
        json.WriteString(F.Name, e.Name);
        WriteOptional(json, F.Acronym, e.Acronym);
        WriteOptional(json, F.Subtitle, e.Subtitle);
        WriteOptional(json, F.Venue, e.Venue);
        json.WriteString(F.TimeZone, e.TimeZoneId);
        WriteOptional(json, F.BannerText, e.BannerText);
        WriteOptional(json, F.BannerLinkLabel, e.BannerLinkLabel);
        WriteOptional(json, F.BannerLinkUrl, e.BannerLinkUrl);
        WriteOptional(json, F.ImageOrigins, e.ImageOrigins);
        if (e.PublishMode is { } mode)
        {
            json.WriteString(F.PublishMode, F.FormatPublishMode(mode));
        }

        json.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter json, ImportDay day)
    {
        json.WriteStartObject();
        json.WriteString(F.Date, F.FormatDate(day.Date));
        WriteArray(json, F.Slots, day.Slots, static (json, slot) =>
        {
            json.WriteStartObject();
            json.WriteString(F.Start, F.FormatTime(slot.Start));
            json.WriteString(F.End, F.FormatTime(slot.End));
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void WriteRoom(Utf8JsonWriter json, ImportRoom room)
    {
        json.WriteStartObject();
        WriteOptional(json, F.Slug, room.Slug);
        json.WriteString(F.Name, room.Name);
        if (room.Capacity is { } capacity)
        {
            json.WriteNumber(F.Capacity, capacity);
        }

        json.WriteEndObject();
    }

    private static void WriteTrack(Utf8JsonWriter json, ImportTrack track)
    {
        json.WriteStartObject();
        WriteOptional(json, F.Slug, track.Slug);
        json.WriteString(F.Name, track.Name);
        json.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter json, ImportPerson person)
    {
        json.WriteStartObject();
        WriteOptional(json, F.Slug, person.Slug);
        json.WriteString(F.Name, person.Name);
        json.WriteEndObject();
    }

    /// <summary>Room or track slugs by name; organizers cannot give two rooms (or two tracks) names that differ only in case.</summary>
    private static Dictionary<string, string> SlugsByName(IEnumerable<(string Name, string? Slug)> items)
    {
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, slug) in items)
        {
            if (slug is not null)
            {
                slugs.TryAdd(name, slug);
            }
        }

        return slugs;
    }

    private static string? SlugOf(Dictionary<string, string> slugs, string? name) =>
        name is null ? null : slugs.GetValueOrDefault(name, name);

    private static void WriteSession(Utf8JsonWriter json, ImportSession session, Dictionary<string, string> rooms, Dictionary<string, string> tracks)
    {
        json.WriteStartObject();
        if (session.Guid is { } guid)
        {
            json.WriteString(F.Guid, guid.ToString("D"));
        }

        WriteOptional(json, F.Slug, session.Slug);
        json.WriteString(F.Title, session.Title);
        json.WriteString(F.Description, session.Description);
        json.WriteString(F.Kind, F.FormatKind(session.Kind));
        json.WriteString(F.Status, F.FormatStatus(session.Status));
        json.WriteBoolean(F.LeadWanted, session.LeadWanted);
        json.WriteBoolean(F.OpenForOnDemand, session.OpenForOnDemand);
        WriteOptional(json, F.Track, SlugOf(tracks, session.Track));
        if (session.Day is { } day && session.Start is { } start && session.End is { } end && session.Room is { } room)
        {
            json.WriteString(F.Day, F.FormatDate(day));
            json.WriteString(F.Start, F.FormatTime(start));
            json.WriteString(F.End, F.FormatTime(end));
            json.WriteString(F.Room, SlugOf(rooms, room));
        }

        WriteArray(json, F.Leads, session.Leads, static (json, lead) =>
        {
            json.WriteStartObject();
            json.WriteString(F.Person, lead.Slug ?? throw new ArgumentException($"The lead “{lead.Name}” has no slug: a backup names people by slug."));
            json.WriteBoolean(F.Tentative, lead.IsTentative);
            json.WriteEndObject();
        });
        WriteArray(json, F.Subjects, session.Subjects, static (json, subject) =>
        {
            json.WriteStartObject();
            json.WriteString(F.Title, subject.Title);
            json.WriteString(F.Description, subject.Description);
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
