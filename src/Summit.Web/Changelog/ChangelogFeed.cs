using System.Net;
using System.Text;
using Summit.Core.Releases;

namespace Summit.Web.Changelog;

/// <summary>The changelog as an Atom feed: one entry per release, newest first, its changes as an HTML list.</summary>
public static class ChangelogFeed
{
    /// <summary>Feed readers want what is new; older releases stay on the page.</summary>
    public const int MaxEntries = 50;

    public static AtomFeed For(ScheduleSnapshot snapshot, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(siteBase);
        var releases = ChangelogEntries.From(snapshot, MaxEntries);
        // Tag ids are dated by the first release, which never changes, so ids survive a move to another address.
        var since = DateOnly.FromDateTime(snapshot.Releases.Count > 0 ? snapshot.Releases[^1].Info.ReleasedUtc : DateTime.UnixEpoch);
        var authority = siteBase.IdnHost;
        var page = new Uri(siteBase, "changelog");
        var name = snapshot.Schedule.Event.Name;
        return new AtomFeed(
            $"{name}: schedule changes",
            AtomIds.Tag(authority, since, "changelog"),
            releases.Count > 0 ? releases[0].Info.ReleasedUtc : DateTime.UnixEpoch,
            new Uri(siteBase, "changelog.atom"),
            page,
            name,
            [.. releases.Select(r => new AtomEntry(
                AtomIds.Tag(authority, since, "changelog/" + r.Anchor),
                r.Info.Label,
                DateTime.SpecifyKind(r.Info.ReleasedUtc, DateTimeKind.Utc),
                new Uri(page, "#" + r.Anchor),
                AtomContent.Html(Html(r, siteBase))))]);
    }

    private static string Html(ChangelogRelease release, Uri siteBase)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode($"{release.When} · by {release.Info.ReleasedBy}")).Append("</p>");
        if (!string.IsNullOrWhiteSpace(release.Info.Comment))
        {
            html.Append("<p>").Append(Encode(release.Info.Comment)).Append("</p>");
        }

        if (release.Lines.Count == 0)
        {
            html.Append("<p>").Append(release.IsFirst ? Encode($"The schedule as first published: {release.SessionCount} sessions.") : "No session changes.").Append("</p>");
            return html.ToString();
        }

        html.Append("<ul>");
        foreach (var line in release.Lines)
        {
            html.Append("<li>");
            // Readers show entries away from the site: links must be absolute.
            if (line.Href is { } href)
            {
                html.Append("<a href=\"").Append(Encode(new Uri(siteBase, href.TrimStart('/')).AbsoluteUri)).Append("\">").Append(Encode(line.Title)).Append("</a>");
            }
            else
            {
                html.Append(Encode(line.Title));
            }

            html.Append(": ").Append(Encode(line.Sentence)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
