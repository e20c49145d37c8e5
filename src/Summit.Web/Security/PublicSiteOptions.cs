namespace Summit.Web.Security;

/// <summary>
/// Where attendees reach the site (section <c>Summit</c>). Behind a proxy the request's own host and scheme are the
/// proxy's view; a configured <see cref="PublicBaseUrl"/> wins for every absolute address the app writes (feeds,
/// webcal and Google links, redirects) and for whether cookies are Secure.
/// </summary>
public sealed class PublicSiteOptions
{
    public const string Section = "Summit";

    /// <summary>The site's public origin, such as <c>https://schedule.example.org</c>; null to use each request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured origin, or null when none is set.</summary>
    /// <exception cref="InvalidOperationException">The value is not an http(s) origin without a path.</exception>
    public Uri? ParsedBaseUrl()
    {
        if (string.IsNullOrWhiteSpace(PublicBaseUrl))
        {
            return null;
        }

        // The app's links are rooted at "/", so a path below the host would not be honoured: refuse it at start.
        if (!Uri.TryCreate(PublicBaseUrl.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException(
                $"{Section}:{nameof(PublicBaseUrl)} must be an http or https origin without a path, such as https://schedule.example.org; it is “{PublicBaseUrl}”.");
        }

        return uri;
    }

    public bool IsHttps => ParsedBaseUrl()?.Scheme == Uri.UriSchemeHttps;
}
