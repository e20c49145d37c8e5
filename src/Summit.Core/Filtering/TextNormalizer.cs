namespace Summit.Core.Filtering;

/// <summary>Folds text for matching: lower case, accents removed, split into words of letters and digits.</summary>
/// <remarks>
/// Folding is: decompose (FormD), drop non-spacing marks, lower-case with the invariant culture, recompose (FormC).
/// A word is a run of UTF-16 units for which <see cref="char.IsLetterOrDigit(char)"/> holds. The index
/// (<see cref="FilterIndex.Build"/>) and the query text both go through <see cref="TextFolder"/> and
/// <see cref="WordEnumerator"/>, so they always fold alike.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>The words of a text, folded: "Café IPv6-ready" gives "cafe", "ipv6", "ready".</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var folded = Fold(text);
        var position = 0;
        while (WordEnumerator.TryFindWord(folded, ref position, out var start, out var length))
        {
            yield return folded.Substring(start, length);
        }
    }

    private static string Fold(string text)
    {
        using var folder = new TextFolder();
        return folder.Fold(text).ToString();
    }
}

/// <summary>The words of a folded text as slices of it, without allocating: <c>foreach (var word in new WordEnumerator(folded))</c>.</summary>
internal ref struct WordEnumerator(ReadOnlySpan<char> folded)
{
    private readonly ReadOnlySpan<char> _text = folded;
    private int _position;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (TryFindWord(_text, ref _position, out var start, out var length))
        {
            Current = _text.Slice(start, length);
            return true;
        }

        Current = default;
        return false;
    }

    /// <summary>Finds the next run of letters and digits at or after <paramref name="position"/> and moves past it.</summary>
    public static bool TryFindWord(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        length = i - start;
        position = i;
        return length > 0;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\x7F' && char.IsLetterOrDigit(c));
}
