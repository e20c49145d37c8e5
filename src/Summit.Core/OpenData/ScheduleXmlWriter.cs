using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Summit.Core.OpenData;

/// <summary>
/// Writes <c>schedule.xml</c> in the frab/c3voc format (https://c3voc.de/schedule/schema.xsd): the conference with its
/// tracks, then each day with its rooms and their events.
/// </summary>
public static partial class ScheduleXmlWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = " ",
        NewLineChars = "\n",
    };

    public static byte[] WriteUtf8(ScheduleExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var stream = new MemoryStream(ExportFormat.EstimatedBytes(export));
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            Write(xml, export);
        }

        return stream.ToArray();
    }

    private static void Write(XmlWriter xml, ScheduleExport export)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("schedule");
        xml.WriteStartElement("generator");
        xml.WriteAttributeString("name", ExportFormat.GeneratorName);
        xml.WriteEndElement();
        if (export.SelfUrl is { } self)
        {
            xml.WriteElementString("url", self);
        }

        xml.WriteElementString("version", Text(export.Version));
        WriteConference(xml, export);
        foreach (var day in export.Days)
        {
            WriteDay(xml, day);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteConference(XmlWriter xml, ScheduleExport export)
    {
        var conference = export.Conference;
        xml.WriteStartElement("conference");
        xml.WriteElementString("title", Text(conference.Title));
        xml.WriteElementString("acronym", conference.Acronym);
        xml.WriteElementString("start", ExportFormat.Date(conference.Start));
        xml.WriteElementString("end", ExportFormat.Date(conference.End));
        xml.WriteElementString("days", export.Days.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("timeslot_duration", ExportFormat.Minutes(conference.TimeslotMinutes));
        xml.WriteElementString("base_url", export.BaseUrl);
        xml.WriteElementString("url", export.BaseUrl);
        xml.WriteElementString("time_zone_name", conference.TimeZoneName);
        foreach (var track in conference.Tracks)
        {
            xml.WriteStartElement("track");
            xml.WriteAttributeString("name", Text(track.Name));
            // The schema's track slug starts with a letter; Summit's may start with a digit.
            if (TrackSlugPattern().IsMatch(track.Slug))
            {
                xml.WriteAttributeString("slug", track.Slug);
            }

            xml.WriteString(Text(track.Name));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteDay(XmlWriter xml, ExportDay day)
    {
        xml.WriteStartElement("day");
        xml.WriteAttributeString("index", day.Index.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("date", ExportFormat.Date(day.Date));
        xml.WriteAttributeString("start", ExportFormat.DateTime(day.Start));
        xml.WriteAttributeString("end", ExportFormat.DateTime(day.End));
        foreach (var room in day.Rooms)
        {
            xml.WriteStartElement("room");
            xml.WriteAttributeString("name", Text(room.Room.Name));
            xml.WriteAttributeString("guid", room.Room.Guid.ToString("D"));
            foreach (var e in room.Events)
            {
                WriteEvent(xml, e);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteEvent(XmlWriter xml, ExportEvent e)
    {
        xml.WriteStartElement("event");
        xml.WriteAttributeString("id", e.Id.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("guid", e.Guid.ToString("D"));
        xml.WriteElementString("room", Text(e.Room));
        xml.WriteElementString("title", Text(e.Title));
        if (e.Subtitle is { } subtitle)
        {
            xml.WriteElementString("subtitle", Text(subtitle));
        }

        xml.WriteElementString("type", e.Type);
        xml.WriteElementString("date", ExportFormat.DateTime(e.Start));
        xml.WriteElementString("start", ExportFormat.Time(e.Start));
        xml.WriteElementString("duration", ExportFormat.Duration(e.Duration));
        xml.WriteElementString("abstract", Text(e.Abstract));
        // The schema's slug has four characters or more after the acronym; a shorter one is left out (it is optional).
        if (EventSlugPattern().IsMatch(e.Slug))
        {
            xml.WriteElementString("slug", e.Slug);
        }

        xml.WriteElementString("track", Text(e.Track ?? ""));
        xml.WriteStartElement("persons");
        foreach (var person in e.Persons)
        {
            xml.WriteStartElement("person");
            xml.WriteAttributeString("guid", person.Guid.ToString("D"));
            xml.WriteString(Text(person.Name));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (e.Description is { } description)
        {
            xml.WriteElementString("description", Text(description));
        }

        if (e.DoNotRecord)
        {
            // The XML has no do_not_record: a recording opt-out is the nearest it has.
            xml.WriteStartElement("recording");
            xml.WriteElementString("license", "");
            xml.WriteElementString("optout", "true");
            xml.WriteEndElement();
        }

        xml.WriteElementString("url", e.Url);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The text with every character XML 1.0 cannot carry (control characters, unpaired surrogates) replaced by U+FFFD,
    /// so a stray character in a description never fails the whole file.
    /// </summary>
    internal static string Text(string text)
    {
        var bad = FirstInvalid(text);
        if (bad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]+$")]
    private static partial Regex TrackSlugPattern();

    [GeneratedRegex("^[a-z0-9_]{4,}-[a-z0-9_-]{4,}$")]
    private static partial Regex EventSlugPattern();
}
