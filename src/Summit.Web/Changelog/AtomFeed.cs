namespace Summit.Web.Changelog;

/// <summary>
/// An Atom 1.0 feed to write with <see cref="AtomWriter"/>. <paramref name="Id"/> is a permanent IRI (see
/// <see cref="AtomIds"/>); <paramref name="Author"/> is the feed's author, which Atom requires of a feed whose entries
/// name none.
/// </summary>
public sealed record AtomFeed(string Title, string Id, DateTimeOffset Updated, Uri Self, Uri Alternate, string Author, IReadOnlyList<AtomEntry> Entries);

/// <summary>One entry of an <see cref="AtomFeed"/>; its <paramref name="Id"/> must never change once published.</summary>
public sealed record AtomEntry(string Id, string Title, DateTimeOffset Updated, Uri Alternate, AtomContent Content);

/// <summary>An entry's content: plain text, or HTML that the writer escapes into the document (Atom's type="html").</summary>
public sealed record AtomContent(string Value, bool IsHtml)
{
    public static AtomContent Text(string text) => new(text, IsHtml: false);

    /// <summary>Markup the caller has already made safe: readers render it, so anything from users must be encoded.</summary>
    public static AtomContent Html(string html) => new(html, IsHtml: true);
}
