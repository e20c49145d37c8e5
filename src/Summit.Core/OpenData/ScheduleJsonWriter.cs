using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summit.Core.OpenData;

/// <summary>
/// Writes <c>schedule.json</c> in the c3voc format (https://c3voc.de/schedule/schema.json): the conference with its
/// tracks, rooms and days, each day's events by room name.
/// </summary>
public static partial class ScheduleJsonWriter
{
    public const string SchemaUrl = "https://c3voc.de/schedule/schema.json";

    // The body is served as application/json, never inside HTML: non-ASCII text is written as it is, not as \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] WriteUtf8(ScheduleExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var buffer = new ArrayBufferWriter<byte>(ExportFormat.EstimatedBytes(export));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, export);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter json, ScheduleExport export)
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUrl);
        json.WriteStartObject("generator");
        json.WriteString("name", ExportFormat.GeneratorName);
        json.WriteEndObject();

        json.WriteStartObject("schedule");
        if (export.SelfUrl is { } self)
        {
            json.WriteString("url", self);
        }

        json.WriteString("version", export.Version);
        json.WriteString("base_url", export.BaseUrl);
        WriteConference(json, export);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteConference(Utf8JsonWriter json, ScheduleExport export)
    {
        var conference = export.Conference;
        json.WriteStartObject("conference");
        json.WriteString("acronym", conference.Acronym);
        json.WriteString("title", conference.Title);
        json.WriteString("start", ExportFormat.Date(conference.Start));
        json.WriteString("end", ExportFormat.Date(conference.End));
        json.WriteNumber("daysCount", export.Days.Count);
        json.WriteString("timeslot_duration", ExportFormat.Minutes(conference.TimeslotMinutes));
        json.WriteString("time_zone_name", conference.TimeZoneName);
        json.WriteString("url", export.BaseUrl);

        json.WriteStartArray("tracks");
        foreach (var track in conference.Tracks)
        {
            json.WriteStartObject();
            json.WriteString("name", track.Name);
            WriteSlug(json, track.Slug);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("rooms");
        foreach (var room in export.Rooms)
        {
            json.WriteStartObject();
            json.WriteString("name", room.Name);
            WriteSlug(json, room.Slug);
            json.WriteString("guid", room.Guid);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("days");
        foreach (var day in export.Days)
        {
            WriteDay(json, day);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter json, ExportDay day)
    {
        json.WriteStartObject();
        json.WriteNumber("index", day.Index);
        json.WriteString("date", ExportFormat.Date(day.Date));
        json.WriteString("day_start", ExportFormat.DateTime(day.Start));
        json.WriteString("day_end", ExportFormat.DateTime(day.End));
        json.WriteStartObject("rooms");
        foreach (var room in day.Rooms)
        {
            json.WriteStartArray(room.Room.Name);
            foreach (var e in room.Events)
            {
                WriteEvent(json, e);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, ExportEvent e)
    {
        json.WriteStartObject();
        json.WriteString("guid", e.Guid);
        json.WriteNumber("id", e.Id);
        json.WriteString("date", ExportFormat.DateTime(e.Start));
        json.WriteString("start", ExportFormat.Time(e.Start));
        json.WriteString("end", ExportFormat.DateTime(e.End));
        json.WriteString("duration", ExportFormat.Duration(e.Duration));
        json.WriteString("room", e.Room);
        json.WriteString("slug", e.Slug);
        json.WriteString("url", e.Url);
        json.WriteString("title", e.Title);
        json.WriteString("subtitle", e.Subtitle);
        json.WriteString("track", e.Track);
        json.WriteString("type", e.Type);
        json.WriteNull("language");
        json.WriteString("abstract", e.Abstract);
        json.WriteString("description", e.Description);
        if (e.DoNotRecord)
        {
            json.WriteBoolean("do_not_record", true);
        }

        json.WriteStartArray("persons");
        foreach (var person in e.Persons)
        {
            // "name" and "public_name" without an integer id: the schema's person is one of frab's (id and public_name)
            // or pretalx's (name), and one with both shapes would match both.
            json.WriteStartObject();
            json.WriteString("guid", person.Guid);
            json.WriteString("name", person.Name);
            json.WriteString("public_name", person.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("links");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Room and track slugs go out only in the shape the schema allows (two characters or more, no trailing hyphen).</summary>
    private static void WriteSlug(Utf8JsonWriter json, string slug)
    {
        if (SlugPattern().IsMatch(slug))
        {
            json.WriteString("slug", slug);
        }
    }

    [GeneratedRegex("^[a-z0-9_-]+[a-z0-9]$")]
    private static partial Regex SlugPattern();
}
