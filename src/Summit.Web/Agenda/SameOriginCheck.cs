namespace Summit.Web.Agenda;

/// <summary>
/// Defends state-changing posts without per-visitor antiforgery tokens, which would make the shared pages
/// uncacheable: browsers say where a request comes from in Sec-Fetch-Site, and older ones in Origin.
/// </summary>
public static class SameOriginCheck
{
    public static bool IsSameOrigin(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            // "none" is a navigation the user started (typed or bookmarked), never another site's page.
            return fetchSite is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            // Neither header: not a browser acting for another site (every current browser sends one of them).
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
