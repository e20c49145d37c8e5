using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Summit.Web.Caching;

/// <summary>
/// A stored 200 answer: its headers and body exactly as they were sent (compressed when the client asked for it),
/// without what is computed for each response (Date, Content-Length, security headers, cookies).
/// </summary>
public sealed class CachedAnswer
{
    // Headers the store never keeps: the server writes them per response, or SecurityHeaders, HSTS and CORS add them fresh.
    private static readonly HashSet<string> PerResponse = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Connection,
        HeaderNames.KeepAlive, HeaderNames.Age, HeaderNames.SetCookie, HeaderNames.StrictTransportSecurity,
        HeaderNames.ContentSecurityPolicy, HeaderNames.XContentTypeOptions, "Permissions-Policy", "Referrer-Policy",
        // The CORS middleware, ahead of every cached answer, adds these for the request's own Origin.
        HeaderNames.AccessControlAllowOrigin, HeaderNames.AccessControlExposeHeaders, HeaderNames.AccessControlAllowCredentials,
    };

    // What a 304 repeats of the 200 it stands for (RFC 9110, section 15.4.5).
    private static readonly HashSet<string> InNotModified = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.CacheControl, HeaderNames.ContentLocation, HeaderNames.ETag, HeaderNames.Expires, HeaderNames.LastModified, HeaderNames.Vary,
    };

    private long _lastUsed;

    private CachedAnswer(KeyValuePair<string, StringValues>[] headers, byte[] body, long storedAt, int keySize)
    {
        Headers = headers;
        NotModifiedHeaders = [.. headers.Where(h => InNotModified.Contains(h.Key))];
        Body = body;
        StoredAt = storedAt;
        _lastUsed = storedAt;
        var typed = new Microsoft.AspNetCore.Http.Headers.ResponseHeaders(new HeaderDictionary(headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase)));
        ETag = typed.ETag;
        LastModified = typed.LastModified;
        Size = body.Length + keySize + headers.Sum(h => 2 * (h.Key.Length + h.Value.ToString().Length)) + 256;
    }

    public IReadOnlyList<KeyValuePair<string, StringValues>> Headers { get; }

    public IReadOnlyList<KeyValuePair<string, StringValues>> NotModifiedHeaders { get; }

    public byte[] Body { get; }

    public EntityTagHeaderValue? ETag { get; }

    public DateTimeOffset? LastModified { get; }

    /// <summary>When it was stored, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long StoredAt { get; }

    /// <summary>The memory it holds, about: body, headers and key.</summary>
    public long Size { get; }

    /// <summary>When it was last served, as a timestamp: the least recently used answers go first when the cache is full.</summary>
    public long LastUsed => Volatile.Read(ref _lastUsed);

    /// <summary>The answer a response sent, taken after the response completed.</summary>
    public static CachedAnswer From(IHeaderDictionary headers, byte[] body, long storedAt, int keySize)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new CachedAnswer([.. headers.Where(h => !PerResponse.Contains(h.Key))], body, storedAt, keySize);
    }

    public void MarkUsed(long timestamp) => Volatile.Write(ref _lastUsed, timestamp);
}
