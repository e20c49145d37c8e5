using System.Buffers;

namespace Summit.Core.Calendar;

/// <summary>The absolute address of a session's page, which calendar events link to.</summary>
public static class SessionAddress
{
    private static readonly SearchValues<char> PlainSlug = SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    /// <summary>The page of the session with this slug on the site at <paramref name="siteBase"/>.</summary>
    public static string Of(Uri siteBase, string slug)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        ArgumentNullException.ThrowIfNull(slug);
        return new Uri(siteBase, $"sessions/{Uri.EscapeDataString(slug)}").AbsoluteUri;
    }

    /// <summary>
    /// What every session's address on this site starts with, when the address is that prefix followed by the slug
    /// for a slug of letters, digits, hyphens and underscores (<see cref="IsPlain"/>); null for a base address with a
    /// query or fragment, where only <see cref="Of"/> resolves it right.
    /// </summary>
    public static string? PrefixOn(Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        return siteBase.IsAbsoluteUri && siteBase.Query.Length == 0 && siteBase.Fragment.Length == 0 && siteBase.AbsoluteUri.EndsWith('/')
            ? siteBase.AbsoluteUri + "sessions/"
            : null;
    }

    /// <summary>True for a slug that needs no escaping and is no dot segment: one a prefix can be followed by as it is.</summary>
    public static bool IsPlain(string slug) => slug.Length > 0 && !slug.AsSpan().ContainsAnyExcept(PlainSlug);
}
