using System.Text;

namespace Summit.Core.Import.Reading;

/// <summary>Turns a file's bytes into text: UTF-8 with or without a byte order mark, or UTF-16 with one (Excel's "Unicode text").</summary>
internal static class ImportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or throws <see cref="ImportRefusal"/> for a file that is binary or in another encoding.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            text = Utf8(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            text = Utf8(bytes);
        }

        // Text files never hold NUL; images, archives and spreadsheets in their native format (.xlsx, .ods) do.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportRefusal(NotText);
        }

        return text;
    }

    private const string NotText =
        "The file is not a text file (it holds binary data). Save the spreadsheet as CSV (comma or semicolon separated, UTF-8) and import that.";

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            throw new ImportRefusal(NotText);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRefusal("The file is not UTF-8 text. Save it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and import that.");
        }
    }
}
