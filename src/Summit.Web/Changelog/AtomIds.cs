using System.Globalization;

namespace Summit.Web.Changelog;

/// <summary>
/// Permanent ids for Atom feeds and entries (RFC 4151 tag URIs, or urn:uuid). A tag names an authority and a date it
/// held it, so an id stays the same when the site moves to another address, where a URL id would not.
/// </summary>
public static class AtomIds
{
    /// <summary>"tag:summit.example.org,2012-10-01:changelog/release-4".</summary>
    /// <param name="authority">A host name (or e-mail address) owned on <paramref name="date"/>.</param>
    /// <param name="specific">The part naming this feed or entry within the authority: no spaces.</param>
    public static string Tag(string authority, DateOnly date, string specific)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        ArgumentNullException.ThrowIfNull(specific);
        if (specific.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("A tag URI's specific part cannot contain spaces.", nameof(specific));
        }

        return string.Create(CultureInfo.InvariantCulture, $"tag:{authority.ToLowerInvariant()},{date:yyyy-MM-dd}:{specific}");
    }

    public static string Uuid(Guid id) => "urn:uuid:" + id.ToString("D");
}
