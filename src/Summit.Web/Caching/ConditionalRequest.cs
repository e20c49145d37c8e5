using Microsoft.Net.Http.Headers;

namespace Summit.Web.Caching;

/// <summary>Decides whether a GET may be answered with 304 Not Modified (RFC 9110, section 13).</summary>
public static class ConditionalRequest
{
    public static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } candidates)
        {
            // If-None-Match wins over If-Modified-Since when both are sent.
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && lastModified <= since;
    }

    /// <summary>HTTP dates have whole seconds; a finer time would never compare equal to what the client sends back.</summary>
    public static DateTimeOffset ToHttpDate(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
}
