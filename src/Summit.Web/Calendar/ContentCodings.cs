using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Summit.Web.Calendar;

/// <summary>Which of the encodings Summit keeps copies in a client accepts, by its Accept-Encoding.</summary>
public static class ContentCodings
{
    public const string Brotli = "br";

    public const string Gzip = "gzip";

    /// <summary>
    /// "br" or "gzip", whichever the client rates higher (Brotli on a tie: smaller for the same text), or null for the
    /// bytes as they are when it accepts neither (no header, only other codings, or q=0).
    /// </summary>
    public static string? Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var offered))
        {
            return null;
        }

        double? brotli = null, gzip = null, any = null;
        foreach (var coding in offered)
        {
            var quality = coding.Quality ?? 1;
            if (coding.Value.Equals(Brotli, StringComparison.OrdinalIgnoreCase))
            {
                brotli = quality;
            }
            else if (coding.Value.Equals(Gzip, StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (coding.Value.Equals("*", StringComparison.Ordinal))
            {
                any = quality;
            }
        }

        // "*" rates every coding the header does not name.
        var brotliQuality = brotli ?? any ?? 0;
        var gzipQuality = gzip ?? any ?? 0;
        if (brotliQuality <= 0 && gzipQuality <= 0)
        {
            return null;
        }

        return brotliQuality >= gzipQuality ? Brotli : Gzip;
    }
}
