using System.Text;

namespace Summit.Core.Calendar;

/// <summary>
/// RFC 5545 line folding done right: content lines of at most 75 octets, CRLF ends, and folds only between
/// whole UTF-8 characters. Ical.Net folds by UTF-16 units and can cut an emoji in two, so its output is unfolded
/// and folded again here.
/// </summary>
public static class IcsLineFolder
{
    public const int MaxOctets = 75;

    public static string Refold(string serialized)
    {
        var result = new StringBuilder(serialized.Length + (serialized.Length / 64));
        foreach (var line in Unfold(serialized))
        {
            Fold(line, result);
        }

        return result.ToString();
    }

    /// <summary>The logical lines of a serialized calendar, continuation lines joined back.</summary>
    public static IEnumerable<string> Unfold(string serialized)
    {
        var lines = serialized.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var current = new StringBuilder();
        var hasCurrent = false;
        foreach (var line in lines)
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && hasCurrent)
            {
                current.Append(line, 1, line.Length - 1);
                continue;
            }

            if (hasCurrent)
            {
                yield return current.ToString();
            }

            current.Clear().Append(line);
            hasCurrent = line.Length > 0;
        }

        if (hasCurrent)
        {
            yield return current.ToString();
        }
    }

    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1; // the leading space of the continuation line counts
            }

            output.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            octets += size;
        }

        output.Append("\r\n");
    }
}
