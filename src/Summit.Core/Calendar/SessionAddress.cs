namespace Summit.Core.Calendar;

/// <summary>The absolute address of a session's page, which calendar events link to.</summary>
public static class SessionAddress
{
    /// <summary>The page of the session with this slug on the site at <paramref name="siteBase"/>.</summary>
    public static string Of(Uri siteBase, string slug)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        ArgumentNullException.ThrowIfNull(slug);
        return new Uri(siteBase, $"sessions/{Uri.EscapeDataString(slug)}").AbsoluteUri;
    }
}
