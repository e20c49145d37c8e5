using Summit.Web.Published;

namespace Summit.Web.Caching;

/// <summary>
/// What a cached answer is stored under: the page version (schedule snapshot, build, opening day, enhanced navigation),
/// the client's Accept-Encoding as sent (one entry per encoding asked for), and the URL exactly as requested.
/// </summary>
public readonly record struct AnswerKey(string Version, string AcceptEncoding, string Scheme, string Host, string PathBase, string Path, string Query)
{
    /// <summary>The key of this request, or null while no schedule is published (nothing is cached then).</summary>
    public static async ValueTask<AnswerKey?> ForAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The one place the cache reads the page version: a version key that changes keeps stale entries from being served.
        if (await context.RequestServices.GetRequiredService<PublicScheduleRequest>().GetPageVersionAsync() is not { } version)
        {
            return null;
        }

        var request = context.Request;
        return new AnswerKey(
            version.Key,
            request.Headers.AcceptEncoding.ToString(),
            request.Scheme,
            request.Host.Value ?? "",
            request.PathBase.Value ?? "",
            request.Path.Value ?? "",
            request.QueryString.Value ?? "");
    }

    /// <summary>About what the key holds in memory, counted against the cache's size limit.</summary>
    public int Size => 2 * (Version.Length + AcceptEncoding.Length + Scheme.Length + Host.Length + PathBase.Length + Path.Length + Query.Length);
}
