using System.Text;

namespace Summit.Core.Calendar;

/// <summary>Text as RFC 5545 allows it in a TEXT value.</summary>
public static class CalendarText
{
    /// <summary>
    /// The text without control characters, which a TEXT value may not hold (libical refuses a whole calendar over one
    /// NUL): line breaks become single newlines, which the writer escapes as <c>\n</c>, a tab becomes a space, and the
    /// other C0 controls and DEL are dropped. Applied at output, so data stored before input was cleaned is safe too.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.Contains('\u007F', StringComparison.Ordinal))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    clean.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    clean.Append('\n');
                    break;
                case '\t':
                    clean.Append(' ');
                    break;
                case < ' ' or '\u007F':
                    break;
                default:
                    clean.Append(c);
                    break;
            }
        }

        return clean.ToString();
    }

    /// <summary>A TEXT value as written in a content line: cleaned, with backslash, semicolon, comma and newline escaped.</summary>
    public static string Escape(string text) =>
        Clean(text)
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
