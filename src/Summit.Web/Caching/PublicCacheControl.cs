using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Summit.Web.Security;

namespace Summit.Web.Caching;

/// <summary>
/// The Cache-Control of public pages and feeds. Browsers always revalidate (an organizer's change must show on the next
/// load); behind a trusted proxy, shared caches may also hold a copy for <see cref="SharedCacheOptions.MaxAge"/> and
/// serve it stale while revalidating (see <see cref="SharedCacheOptions"/>). Answers to a signed-in organizer, and any
/// that set a cookie, are never held by shared caches.
/// </summary>
public sealed class PublicCacheControl
{
    /// <summary>Stored by any cache, checked with Summit before each use.</summary>
    public const string Revalidated = "public, no-cache";

    public PublicCacheControl(IOptions<SharedCacheOptions> shared, IOptions<TrustedProxyOptions> proxies)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(proxies);
        var options = shared.Value;
        // no-cache would bind shared caches too, whatever s-maxage says: browsers get max-age=0 instead.
        Public = options.Enabled && proxies.Value.Enabled
            ? string.Create(CultureInfo.InvariantCulture, $"public, max-age=0, s-maxage={(long)options.MaxAge.TotalSeconds}, stale-while-revalidate={(long)options.StaleWhileRevalidate.TotalSeconds}")
            : Revalidated;
    }

    /// <summary>The header of an anonymous public answer.</summary>
    public string Public { get; }

    /// <summary>Whether shared caches may hold public answers without asking.</summary>
    public bool HeldBySharedCaches => Public != Revalidated;

    /// <summary>The header of a public answer to this request: never held by shared caches when a signed-in organizer asked.</summary>
    public string For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.Identity?.IsAuthenticated == true ? Revalidated : Public;
    }

    /// <summary>
    /// Whether an answer's header lets shared caches hold it for a time. Such an answer, kept by Summit per page version,
    /// is current however long it has been kept: an Age header would make a shared cache count that time against
    /// s-maxage and hold nothing.
    /// </summary>
    public static bool IsHeldForATime(StringValues cacheControl) =>
        cacheControl.ToString().Contains("s-maxage=", StringComparison.Ordinal);
}
