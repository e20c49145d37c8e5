using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using Summit.Web.Caching;

namespace Summit.Web.Calendar;

/// <summary>
/// A feed's ETag and Last-Modified. Both carry the build, as page validators do: a release that writes feeds
/// differently (a corrected VTIMEZONE, say) must reach clients that revalidate with either header, even where the
/// schedule did not change.
/// </summary>
public sealed record FeedValidators(EntityTagHeaderValue ETag, DateTimeOffset LastModified)
{
    /// <summary>The validators of this build for a feed body and the newest change among what it shows.</summary>
    public static FeedValidators Of(ReadOnlySpan<byte> body, DateTime contentModifiedUtc) =>
        Of(body, contentModifiedUtc, AppBuild.Id, AppBuild.TimeUtc);

    public static FeedValidators Of(ReadOnlySpan<byte> body, DateTime contentModifiedUtc, string buildId, DateTime buildTimeUtc)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16));
        // Weak: the body may be sent compressed, and a strong tag would promise the same bytes in every encoding.
        var etag = new EntityTagHeaderValue($"\"{buildId}-{hash}\"", isWeak: true);
        var lastModified = contentModifiedUtc > buildTimeUtc ? contentModifiedUtc : buildTimeUtc;
        return new FeedValidators(etag, ConditionalRequest.ToHttpDate(lastModified));
    }
}
