namespace Summit.Core.Editing;

/// <summary>
/// The origins, besides the site itself, that session descriptions may show images from: an organizer lists them one per
/// line on the event's page and they become the Content-Security-Policy's <c>img-src</c>. Only https origins, as
/// <c>https://host[:port]</c>: anything else would either weaken the policy or not be a source a browser understands.
/// </summary>
public static class ImageOrigins
{
    public const int MaxOrigins = 20;

    public const int MaxLength = 2000;

    /// <summary>One origin per line, trimmed, without blank lines; null when none is left.</summary>
    public static string? Normalize(string? text)
    {
        var lines = Lines(text);
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>What is wrong with the list, or null when every line is an https origin.</summary>
    public static string? FindInvalid(string? text)
    {
        if (text?.Length > MaxLength)
        {
            return $"Keep the list to {MaxLength:N0} characters or fewer.";
        }

        var lines = Lines(text);
        if (lines.Count > MaxOrigins)
        {
            return $"List {MaxOrigins} origins or fewer.";
        }

        var wrong = lines.FirstOrDefault(line => ToOrigin(line) is null);
        return wrong is null
            ? null
            : $"“{wrong}” is not an https origin. Give one per line, such as https://images.example.org (https only, no path).";
    }

    /// <summary>The stored list as CSP sources: each line as <c>https://host[:port]</c>, in ASCII; lines that are not origins are left out.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        [.. Lines(text).Select(ToOrigin).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string? ToOrigin(string line)
    {
        if (!Uri.TryCreate(line, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || uri.UserInfo.Length > 0
            || uri.AbsolutePath != "/"
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
            || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6)
            // The host goes into a response header: nothing a header or a CSP source list could read differently.
            || uri.IdnHost.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']')))
        {
            return null;
        }

        return uri.IsDefaultPort ? $"https://{uri.IdnHost.ToLowerInvariant()}" : $"https://{uri.IdnHost.ToLowerInvariant()}:{uri.Port}";
    }
}
