using System.Buffers;
using System.Globalization;
using System.Text;

namespace Summit.Core.Filtering;

/// <summary>
/// Folds texts for matching into a reusable pooled buffer: the same result as decomposing the whole text (FormD),
/// dropping non-spacing marks, lower-casing every UTF-16 unit with the invariant culture and recomposing (FormC),
/// without allocating a string per text. One instance is not thread-safe; dispose it to return its buffers.
/// </summary>
/// <remarks>
/// ASCII is already decomposed and composed and has no marks, so ASCII runs are only lower-cased. Normalization
/// runs only on the non-ASCII stretches, each ended at the next ASCII character and, to be safe, started one
/// character early so an ASCII base is never cut from the marks after it ("e" + U+0301). Cutting before an ASCII
/// character is exact: ASCII characters are starters (canonical combining class 0), so reordering never moves
/// marks across them, and no ASCII character is ever the second of a composition pair, so nothing before the cut
/// composes with what follows it.
/// </remarks>
internal sealed class TextFolder : IDisposable
{
    private const int MinimumBuffer = 256;

    private char[] _folded = ArrayPool<char>.Shared.Rent(MinimumBuffer);
    private char[] _scratch = ArrayPool<char>.Shared.Rent(MinimumBuffer);
    private int _length;

    /// <summary>The folded text; valid until the next call or <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<char> Fold(ReadOnlySpan<char> text)
    {
        _length = 0;
        EnsureFolded(text.Length);

        var position = 0;
        while (position < text.Length)
        {
            var nonAscii = text[position..].IndexOfAnyExceptInRange((char)0, (char)0x7F);
            if (nonAscii < 0)
            {
                AppendAsciiLower(text[position..]);
                break;
            }

            nonAscii += position;

            // The ASCII character just before goes with the stretch, so a base stays with its marks ("e" + U+0301).
            var start = nonAscii > position ? nonAscii - 1 : nonAscii;
            AppendAsciiLower(text[position..start]);

            var nextAscii = text[(nonAscii + 1)..].IndexOfAnyInRange((char)0, (char)0x7F);
            var end = nextAscii < 0 ? text.Length : nonAscii + 1 + nextAscii;
            AppendNormalized(text[start..end]);
            position = end;
        }

        return _folded.AsSpan(0, _length);
    }

    public void Dispose()
    {
        Return(ref _folded);
        Return(ref _scratch);
    }

    private static void Return(ref char[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = [];
        }
    }

    private void AppendAsciiLower(ReadOnlySpan<char> ascii)
    {
        EnsureFolded(ascii.Length);
        Ascii.ToLower(ascii, _folded.AsSpan(_length), out var written);
        _length += written;
    }

    private void AppendNormalized(ReadOnlySpan<char> text)
    {
        // Decompose into the scratch buffer, growing it when the decomposition is longer than the guess.
        int decomposedLength;
        while (!text.TryNormalize(_scratch, out decomposedLength, NormalizationForm.FormD))
        {
            Grow(ref _scratch, text.GetNormalizedLength(NormalizationForm.FormD), 0);
        }

        // Drop the marks and lower-case in place, one UTF-16 unit at a time like the reference folding.
        var kept = 0;
        for (var i = 0; i < decomposedLength; i++)
        {
            var c = _scratch[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                _scratch[kept++] = char.ToLowerInvariant(c);
            }
        }

        var folded = _scratch.AsSpan(0, kept);
        int composedLength;
        while (!folded.TryNormalize(_folded.AsSpan(_length), out composedLength, NormalizationForm.FormC))
        {
            Grow(ref _folded, _length + folded.GetNormalizedLength(NormalizationForm.FormC), _length);
        }

        _length += composedLength;
    }

    private void EnsureFolded(int extra)
    {
        if (_folded.Length - _length < extra)
        {
            Grow(ref _folded, _length + extra, _length);
        }
    }

    private static void Grow(ref char[] buffer, int size, int keep)
    {
        var grown = ArrayPool<char>.Shared.Rent(Math.Max(size, buffer.Length * 2));
        buffer.AsSpan(0, keep).CopyTo(grown);
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        buffer = grown;
    }
}
