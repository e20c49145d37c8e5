using System.Text;
using System.Xml;

namespace Summit.Core.Import.Reading;

/// <summary>
/// The settings every import reads XML with, and a first pass over a file: DTDs are refused (so no entity, internal
/// or external, is ever expanded or fetched), nesting is bounded, and a file that is not a schedule.xml is refused
/// before anything is built from it.
/// </summary>
internal static class XmlPrecheck
{
    public static XmlReaderSettings Settings(ImportLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxFileBytes,
        // No DTD means no entities but the five predefined ones; the bound stays should that ever change (0 would mean no limit).
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static void Check(ReadOnlyMemory<byte> content, ImportLimits limits)
    {
        if (PrologHas(content.Span, "<!DOCTYPE html"u8))
        {
            throw new ImportRefusal(HtmlPage);
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), Settings(limits));
            var rootSeen = false;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (!rootSeen)
                {
                    rootSeen = true;
                    CheckRoot(reader.LocalName);
                }

                if (reader.Depth >= limits.MaxDepth)
                {
                    throw new ImportRefusal(
                        $"The file nests more than {limits.MaxDepth} levels deep (line {((IXmlLineInfo)reader).LineNumber}); a schedule.xml needs fewer than 10, so Summit does not read it.");
                }
            }
        }
        catch (XmlException ex)
        {
            throw new ImportRefusal(NotXml(ex, content.Span));
        }
    }

    /// <summary>What a user reads when a file is not well-formed XML, or declares a DTD.</summary>
    public static string NotXml(XmlException ex, ReadOnlySpan<byte> content) =>
        PrologHas(content, "<!DOCTYPE"u8)
            ? "The file declares a DOCTYPE. A schedule.xml needs none, and Summit never reads DTDs or entities from an imported file, so it refuses the file. Remove the DOCTYPE (and any entities it defines) and import again."
            : $"The file is not well-formed XML: there is an error at line {ex.LineNumber}, position {ex.LinePosition}. Download or save it again, or check it in an XML validator.";

    private const string HtmlPage =
        "This is a web page (HTML), not a schedule.xml. Download the schedule.xml file itself (its address usually ends in /schedule.xml) and import that.";

    private static void CheckRoot(string name)
    {
        if (name.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportRefusal(HtmlPage);
        }

        if (name != "schedule")
        {
            throw new ImportRefusal($"This XML file is not a schedule.xml: it starts with <{name}>, where a schedule.xml starts with <schedule>.");
        }
    }

    /// <summary>Whether the prolog (what comes before the root element) holds the text, compared case-insensitively.</summary>
    private static bool PrologHas(ReadOnlySpan<byte> content, ReadOnlySpan<byte> text)
    {
        for (var i = content.IndexOf((byte)'<'); i >= 0 && i + 1 < content.Length; i = Next(content, i))
        {
            if (content.Length - i >= text.Length && Ascii.EqualsIgnoreCase(content.Slice(i, text.Length), text))
            {
                return true;
            }

            if (content[i + 1] is not ((byte)'?' or (byte)'!'))
            {
                return false;
            }
        }

        return false;
    }

    private static int Next(ReadOnlySpan<byte> content, int i)
    {
        var next = content[(i + 1)..].IndexOf((byte)'<');
        return next < 0 ? -1 : i + 1 + next;
    }
}
