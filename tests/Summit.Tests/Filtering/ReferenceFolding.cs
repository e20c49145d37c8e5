using System.Globalization;
using System.Text;

namespace Summit.Tests.Filtering;

/// <summary>
/// The folding rule written the plain, allocating way (the original <c>TextNormalizer</c>): decompose the whole
/// text, drop non-spacing marks, lower-case each UTF-16 unit with the invariant culture, recompose, and cut into runs
/// of <see cref="char.IsLetterOrDigit(char)"/>. The pooled, span-based folding must give exactly these words.
/// </summary>
internal static class ReferenceFolding
{
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var folded = builder.ToString().Normalize(NormalizationForm.FormC);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Every searchable text of a session: title, description, subjects and lead names.</summary>
    public static IEnumerable<string> SearchableTexts(ScheduledSession session)
    {
        yield return session.Title;
        yield return session.Description;
        foreach (var subject in session.Subjects)
        {
            yield return subject.Title;
            yield return subject.Description;
        }

        foreach (var lead in session.Leads)
        {
            yield return lead.Name;
        }
    }
}
