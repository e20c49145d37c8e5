using System.Buffers;
using System.Globalization;

namespace Summit.Core.Content;

/// <summary>
/// A string being built in a rented buffer: the feed descriptions of a whole schedule are made at once after every
/// change, and a string builder per text doubled the garbage of the first feed.
/// </summary>
internal sealed class PooledText(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 64));

    public int Length { get; private set; }

    public char this[int index] => _chars[index];

    public PooledText Append(char c)
    {
        Ensure(1);
        _chars[Length++] = c;
        return this;
    }

    public PooledText Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    public PooledText Append(int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        return Append(digits[..written]);
    }

    public ReadOnlySpan<char> Slice(int start) => _chars.AsSpan(start, Length - start);

    /// <summary>Drops everything from <paramref name="length"/> on.</summary>
    public void Truncate(int length) => Length = Math.Min(length, Length);

    /// <summary>Removes the white space at both ends of the text written since <paramref name="start"/>.</summary>
    public void TrimFrom(int start)
    {
        while (Length > start && char.IsWhiteSpace(_chars[Length - 1]))
        {
            Length--;
        }

        var leading = 0;
        while (start + leading < Length && char.IsWhiteSpace(_chars[start + leading]))
        {
            leading++;
        }

        if (leading > 0)
        {
            _chars.AsSpan(start + leading, Length - start - leading).CopyTo(_chars.AsSpan(start));
            Length -= leading;
        }
    }

    public override string ToString() => new(_chars, 0, Length);

    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        Length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Ensure(int more)
    {
        if (Length + more <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + more));
        _chars.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
