namespace Summit.Web;

/// <summary>Where Summit may send a browser back to: a path on this site, nothing that a browser could read as another host.</summary>
public static class LocalUrls
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= 2048 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\' || c > '\u007e');

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
