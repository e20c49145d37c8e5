using System.Net;
using System.Text;
using Summit.Core.Releases;
using Summit.Data.Releases;
using Summit.Web.Changelog;

namespace Summit.Web.Agenda;

/// <summary>
/// The private Atom feed of one agenda's changes (<c>/agenda/{token}/changes.atom</c>): an entry for each release that
/// changed a session the agenda stars or starred before it was removed, newest first, saying what changed.
/// </summary>
public static class AgendaChangesFeed
{
    /// <param name="releases">The changelog, newest first (<see cref="ScheduleSnapshot.Releases"/>).</param>
    /// <param name="agenda">The agenda whose starred sessions' changes are listed.</param>
    /// <param name="token">The agenda's token, which the feed's own address carries.</param>
    /// <param name="eventName">The event's name, the feed's author.</param>
    /// <param name="siteBase">The site's public base address.</param>
    /// <param name="maxEntries">The most releases listed (<see cref="AgendaOptions.ChangesFeedEntries"/>).</param>
    public static AtomFeed Build(IReadOnlyList<StoredRelease> releases, StoredAgenda agenda, string token, string eventName, Uri siteBase, int maxEntries)
    {
        ArgumentNullException.ThrowIfNull(releases);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(siteBase);
        var agendaPage = new Uri(siteBase, "agenda");

        // Ids are tags of the site's host on the day of its first release, which stays the same for as long as the site does.
        var since = releases.Count == 0 ? new DateOnly(2000, 1, 1) : DateOnly.FromDateTime(releases[^1].Info.ReleasedUtc);
        var authority = siteBase.IdnHost;
        var feedId = $"agenda-changes/{agenda.Id}";

        var entries = new List<AtomEntry>();
        foreach (var release in releases)
        {
            var changes = release.Changes.Where(c => agenda.StarredUids.Contains(c.Uid)).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            entries.Add(new AtomEntry(
                AtomIds.Tag(authority, since, $"{feedId}/release-{release.Info.Version}"),
                $"{release.Info.Label}: {(changes.Count == 1 ? "1 of your sessions changed" : $"{changes.Count} of your sessions changed")}",
                new DateTimeOffset(release.Info.ReleasedUtc, TimeSpan.Zero),
                agendaPage,
                AtomContent.Html(Describe(changes, siteBase))));
            if (entries.Count == maxEntries)
            {
                break;
            }
        }

        var updated = releases.Count == 0 ? DateTimeOffset.UnixEpoch : new DateTimeOffset(releases[0].Info.ReleasedUtc, TimeSpan.Zero);
        return new AtomFeed(
            $"My agenda · {eventName}: changes",
            AtomIds.Tag(authority, since, feedId),
            updated,
            new Uri(siteBase, $"agenda/{token}/changes.atom"),
            agendaPage,
            eventName,
            entries);
    }

    /// <summary>Each changed session with a link and its change in a sentence.</summary>
    private static string Describe(IReadOnlyList<SessionChange> changes, Uri siteBase)
    {
        var html = new StringBuilder("<ul>");
        foreach (var change in changes)
        {
            var link = new Uri(siteBase, $"sessions/{Uri.EscapeDataString(change.Slug)}").AbsoluteUri;
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">").Append(WebUtility.HtmlEncode(change.Title))
                .Append("</a>: ").Append(WebUtility.HtmlEncode(SessionChangeText.Sentence(change))).Append("</li>");
        }

        // Not the release's comment: it speaks of the whole schedule, and the public changelog carries it.
        return html.Append("</ul>").ToString();
    }
}
