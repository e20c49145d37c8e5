using System.IO.Compression;

namespace Summit.Web.Calendar;

/// <summary>
/// A kept feed's compressed copies, each made once, when first asked for: a calendar app polls its personal feed every
/// few minutes with <c>Accept-Encoding: gzip</c>, and compressing the same bytes again on every poll cost more than
/// serving them. Public feeds need none: their answers are kept per encoding as sent.
/// </summary>
public sealed class CompressedCopies(byte[] bytes)
{
    private byte[]? _brotli;
    private byte[]? _gzip;

    /// <summary>The bytes in <paramref name="coding"/> ("br", "gzip", or null for the bytes themselves).</summary>
    public byte[] In(string? coding) => coding switch
    {
        null => bytes,
        ContentCodings.Brotli => _brotli ??= Compress(stream => new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true)),
        ContentCodings.Gzip => _gzip ??= Compress(stream => new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true)),
        _ => throw new ArgumentOutOfRangeException(nameof(coding), coding, "Only br and gzip are made."),
    };

    // Two first polls at once may both compress; either copy is the same bytes, and one is kept.
    private byte[] Compress(Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream(bytes.Length / 4);
        using (var compressing = encoder(output))
        {
            compressing.Write(bytes);
        }

        return output.ToArray();
    }
}
