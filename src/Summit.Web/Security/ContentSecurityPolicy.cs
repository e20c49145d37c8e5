namespace Summit.Web.Security;

/// <summary>
/// The Content-Security-Policy of every response. Scripts only from the site's own files (and the import map Blazor
/// writes inline, allowed by its hash), never inline code; styles may be inline because MudBlazor sets them on elements;
/// images from the site, <c>data:</c> (MudBlazor's stylesheet) and the https origins the organizer listed for session
/// descriptions; Blazor's circuit connects to the same origin. The service worker and the web app manifest come from the
/// site itself. No page may be framed.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string Build(IReadOnlyList<string> imageOrigins, string? importMapHash)
    {
        ArgumentNullException.ThrowIfNull(imageOrigins);
        var scripts = importMapHash is null ? "'self'" : $"'self' '{importMapHash}'";
        var images = imageOrigins.Count == 0 ? "'self' data:" : $"'self' data: {string.Join(' ', imageOrigins)}";
        return $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src {images}; "
            + "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
