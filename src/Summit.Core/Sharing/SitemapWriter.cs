using System.Globalization;
using System.Text;
using System.Xml;

namespace Summit.Core.Sharing;

/// <summary>One address of a sitemap and when its page last changed.</summary>
public sealed record SitemapEntry(Uri Location, DateTime LastModifiedUtc);

/// <summary>
/// Writes a sitemap (sitemaps.org protocol 0.9): the public pages' absolute addresses and their last change, so
/// search engines find every session page and revisit only those that changed.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The protocol's limit of addresses in one file.</summary>
    public const int MaxEntries = 50_000;

    public static byte[] WriteUtf8(IReadOnlyCollection<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries.Take(MaxEntries))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, entry.Location.AbsoluteUri);
                xml.WriteElementString("lastmod", Namespace, DateTime.SpecifyKind(entry.LastModifiedUtc, DateTimeKind.Utc)
                    .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
