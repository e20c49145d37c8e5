using System.Globalization;
using System.Text;
using System.Xml;

namespace Summit.Web.Changelog;

/// <summary>Writes an <see cref="AtomFeed"/> as an Atom 1.0 document (RFC 4287) in UTF-8.</summary>
public static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] WriteUtf8(AtomFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new MemoryStream();
        // No byte order mark: the XML declaration and the Content-Type already say UTF-8.
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Namespace);
            writer.WriteElementString("title", Namespace, feed.Title);
            writer.WriteElementString("id", Namespace, feed.Id);
            writer.WriteElementString("updated", Namespace, Timestamp(feed.Updated));
            WriteLink(writer, "self", feed.Self, "application/atom+xml");
            WriteLink(writer, "alternate", feed.Alternate, "text/html");
            writer.WriteStartElement("author", Namespace);
            writer.WriteElementString("name", Namespace, feed.Author);
            writer.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                WriteEntry(writer, entry);
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter writer, AtomEntry entry)
    {
        writer.WriteStartElement("entry", Namespace);
        writer.WriteElementString("id", Namespace, entry.Id);
        writer.WriteElementString("title", Namespace, entry.Title);
        writer.WriteElementString("updated", Namespace, Timestamp(entry.Updated));
        WriteLink(writer, "alternate", entry.Alternate, "text/html");
        writer.WriteStartElement("content", Namespace);
        writer.WriteAttributeString("type", entry.Content.IsHtml ? "html" : "text");
        // WriteString escapes the markup: type="html" carries HTML as text, which readers unescape before rendering.
        writer.WriteString(entry.Content.Value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteLink(XmlWriter writer, string relation, Uri href, string type)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", relation);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }

    // RFC 3339 in UTC, to the second: readers compare these, and fractions only make two equal times look different.
    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
