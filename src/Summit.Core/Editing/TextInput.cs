using System.Text;

namespace Summit.Core.Editing;

/// <summary>
/// Takes control characters out of text organizers type, paste or import, before it is stored. They are invisible in a
/// field, so a refusal would name something the organizer cannot see to delete; and one of them (a NUL) makes libical
/// reject a whole calendar. What the organizer sees is what is kept.
/// </summary>
public static class TextInput
{
    /// <summary>
    /// One line (titles, names, labels): line breaks and tabs become spaces, so words pasted across lines stay apart;
    /// every other control character (C0, DEL, C1) goes.
    /// </summary>
    public static string Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasControl(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // CR LF is one break: one space.
                continue;
            }

            if (c is '\n' or '\r' or '\t')
            {
                clean.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Optional one-line text: null stays null.</summary>
    public static string? OptionalLine(string? text) => text is null ? null : Line(text);

    /// <summary>
    /// Several lines (descriptions): line breaks and tabs stay, with CR LF and lone CR as LF; every other control
    /// character goes.
    /// </summary>
    public static string Block(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasControl(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    clean.Append('\n');
                }
            }
            else if (c is '\n' or '\t' || !char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Optional text of several lines: null stays null.</summary>
    public static string? OptionalBlock(string? text) => text is null ? null : Block(text);

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
