namespace Summit.Web.Security;

/// <summary>
/// Where attendees reach the site (section <c>Summit</c>). Behind a proxy the request's own host and scheme are the
/// proxy's view; a configured <see cref="PublicBaseUrl"/> wins for every absolute address the app writes (feeds,
/// webcal and Google links, redirects) and for whether cookies are Secure.
/// </summary>
public sealed class PublicSiteOptions
{
    public const string Section = "Summit";

    public const string Problem =
        "Summit:PublicBaseUrl must be an http or https origin without a path, such as https://schedule.example.org.";

    /// <summary>The site's public origin, such as <c>https://schedule.example.org</c>; null to use each request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    public bool IsHttps => TryParseBaseUrl(out var uri) && uri?.Scheme == Uri.UriSchemeHttps;

    /// <summary>
    /// False when a value is set that is not an http(s) origin; true otherwise, with the origin or null when none is
    /// set. The app's links are rooted at "/", so a path below the host could not be honoured and is refused.
    /// </summary>
    public bool TryParseBaseUrl(out Uri? origin)
    {
        origin = null;
        if (string.IsNullOrWhiteSpace(PublicBaseUrl))
        {
            return true;
        }

        if (!Uri.TryCreate(PublicBaseUrl.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return false;
        }

        origin = uri;
        return true;
    }
}
