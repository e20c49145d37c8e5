using System.Text;

namespace Summit.Core.OpenData;

/// <summary>
/// The subjects of a split or merged session written as one Markdown ordered list, in order, so that people read it and
/// a program can take it apart again: each subject starts a line with its number, a dot, a space and its title; the
/// lines of its description follow, each indented by <see cref="Indent"/> (blank lines stay empty); one empty line
/// separates subjects. A description line is never at the start of a line, so it is never taken for a title.
/// </summary>
public static class SubjectList
{
    /// <summary>What every line of a subject's description starts with.</summary>
    public const string Indent = "   ";

    /// <summary>The list, or null for a session without subjects.</summary>
    public static string? Write(IReadOnlyList<SubjectInfo> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        for (var i = 0; i < subjects.Count; i++)
        {
            if (i > 0)
            {
                text.Append("\n\n");
            }

            // A title is one line: a line break in it would start a description line.
            text.Append(i + 1).Append(". ").Append(OneLine(subjects[i].Title));
            foreach (var line in Lines(subjects[i].Description))
            {
                text.Append('\n');
                if (line.Length > 0)
                {
                    text.Append(Indent).Append(line);
                }
            }
        }

        return text.ToString();
    }

    private static string OneLine(string title) =>
        title.Contains('\n', StringComparison.Ordinal) || title.Contains('\r', StringComparison.Ordinal)
            ? string.Join(' ', title.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : title;

    private static IEnumerable<string> Lines(string description)
    {
        var trimmed = description.ReplaceLineEndings("\n").Trim('\n');
        if (trimmed.Trim().Length == 0)
        {
            yield break;
        }

        foreach (var line in trimmed.Split('\n'))
        {
            yield return line.TrimEnd();
        }
    }
}
