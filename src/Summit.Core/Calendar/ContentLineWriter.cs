using System.Buffers;
using System.Globalization;
using System.Text;

namespace Summit.Core.Calendar;

/// <summary>
/// Writes RFC 5545 content lines as UTF-8: <c>NAME;PARAM=value:value</c>, each ended by CRLF and folded to at most
/// 75 octets, only between whole UTF-8 characters (a continuation line starts with a space, which counts). TEXT
/// values are cleaned and escaped as they are written, so a whole feed costs one buffer, rented and returned.
/// </summary>
internal sealed class ContentLineWriter : IDisposable
{
    public const int MaxOctets = 75;

    /// <summary>Printable ASCII that a TEXT value writes as it is.</summary>
    private static readonly SearchValues<char> PlainText = SearchValues.Create(
        " !\"#$%&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Printable ASCII: what a value other than TEXT (a name, a date, an address) is made of.</summary>
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private byte[] _buffer;
    private int _length;
    private int _lineOctets;

    public ContentLineWriter(int capacity = 4096)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
    }

    /// <summary>The octets written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Starts a content line with its property name.</summary>
    public ContentLineWriter Name(string name)
    {
        _lineOctets = 0;
        return Raw(name);
    }

    /// <summary>A parameter of the line being written: <c>;NAME=value</c>.</summary>
    public ContentLineWriter Parameter(string name, string value) => Raw(";").Raw(name).Raw("=").Raw(value);

    /// <summary>The separator before the value.</summary>
    public ContentLineWriter Colon() => Raw(":");

    /// <summary>Ends the line.</summary>
    public void End()
    {
        Append("\r\n"u8);
        _lineOctets = 0;
    }

    /// <summary>A whole line whose value is written as it is (not TEXT).</summary>
    public void Line(string name, ReadOnlySpan<char> value)
    {
        Name(name).Colon().Raw(value).End();
    }

    /// <summary>A whole line with a TEXT value.</summary>
    public void TextLine(string name, ReadOnlySpan<char> text)
    {
        Name(name).Colon().Text(text).End();
    }

    /// <summary>A date-time in UTC: <c>yyyyMMddTHHmmssZ</c>.</summary>
    public void UtcLine(string name, DateTime utc)
    {
        Span<char> digits = stackalloc char[16];
        utc.TryFormat(digits, out var written, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Line(name, digits[..written]);
    }

    /// <summary>A wall-clock time in a zone that the calendar's VTIMEZONE describes: <c>NAME;TZID=zone:yyyyMMddTHHmmss</c>.</summary>
    public void ZonedLine(string name, string timeZoneId, DateOnly day, TimeOnly time)
    {
        Span<char> digits = stackalloc char[15];
        day.TryFormat(digits, out var date, "yyyyMMdd", CultureInfo.InvariantCulture);
        digits[date] = 'T';
        time.TryFormat(digits[(date + 1)..], out var clock, "HHmmss", CultureInfo.InvariantCulture);
        Name(name).Parameter("TZID", timeZoneId).Colon().Raw(digits[..(date + 1 + clock)]).End();
    }

    /// <summary>A value written as it is, folded where it must be.</summary>
    public ContentLineWriter Raw(ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            var plain = value.IndexOfAnyExcept(PrintableAscii);
            if (plain < 0)
            {
                Ascii(value);
                return this;
            }

            Ascii(value[..plain]);
            value = value[plain..];
            value = value[Other(value)..];
        }

        return this;
    }

    /// <summary>
    /// A TEXT value: backslash, semicolon, comma and line breaks escaped (CRLF and CR as one <c>\n</c>), a tab as a
    /// space, the other C0 controls and DEL dropped, and an unpaired surrogate written as U+FFFD.
    /// </summary>
    /// <remarks>
    /// A TEXT value may hold no control character, and libical refuses a whole calendar over one NUL: cleaning at output
    /// keeps text stored before input was cleaned safe too.
    /// </remarks>
    public ContentLineWriter Text(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var plain = text.IndexOfAnyExcept(PlainText);
            if (plain < 0)
            {
                Ascii(text);
                return this;
            }

            Ascii(text[..plain]);
            text = text[plain..];
            var c = text[0];
            switch (c)
            {
                case '\\':
                    Ascii("\\\\");
                    break;
                case ';':
                    Ascii("\\;");
                    break;
                case ',':
                    Ascii("\\,");
                    break;
                case '\r':
                    Ascii("\\n");
                    if (text.Length > 1 && text[1] == '\n')
                    {
                        text = text[1..];
                    }

                    break;
                case '\n':
                    Ascii("\\n");
                    break;
                case '\t':
                    Ascii(" ");
                    break;
                case < ' ' or '\u007F':
                    break;
                default:
                    text = text[Other(text)..];
                    continue;
            }

            text = text[1..];
        }

        return this;
    }

    /// <summary>The calendar as text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Written);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the character (or surrogate pair) at the start of <paramref name="value"/>; returns how many chars it took.</summary>
    private int Other(ReadOnlySpan<char> value)
    {
        Rune.DecodeFromUtf16(value, out var rune, out var consumed);
        var size = rune.Utf8SequenceLength;
        FoldBefore(size);
        Ensure(size);
        _length += rune.EncodeToUtf8(_buffer.AsSpan(_length));
        _lineOctets += size;
        return consumed;
    }

    /// <summary>ASCII characters, one octet each, folded wherever the line is full.</summary>
    private void Ascii(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            FoldBefore(1);
            var take = Math.Min(chars.Length, MaxOctets - _lineOctets);
            Ensure(take);
            System.Text.Ascii.FromUtf16(chars[..take], _buffer.AsSpan(_length), out var written);
            _length += written;
            _lineOctets += written;
            chars = chars[take..];
        }
    }

    private void FoldBefore(int size)
    {
        if (_lineOctets + size > MaxOctets)
        {
            Append("\r\n "u8);
            _lineOctets = 1; // the leading space of the continuation line counts
        }
    }

    private void Append(ReadOnlySpan<byte> octets)
    {
        Ensure(octets.Length);
        octets.CopyTo(_buffer.AsSpan(_length));
        _length += octets.Length;
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        Written.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
