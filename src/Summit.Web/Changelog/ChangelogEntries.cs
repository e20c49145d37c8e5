using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Summit.Core.Releases;
using Summit.Core.Time;
using Summit.Data.Releases;
using Summit.Web.Schedule;

namespace Summit.Web.Changelog;

/// <summary>One release as the changelog page and feed show it.</summary>
/// <param name="When">Its time at the venue: "Tue 16 Oct 2012, 9:30am PDT".</param>
/// <param name="IsFirst">The first release, which is the schedule itself rather than changes to one.</param>
public sealed record ChangelogRelease(ReleaseInfo Info, string When, IReadOnlyList<ChangelogLine> Lines, int SessionCount, bool IsFirst)
{
    /// <summary>The page anchor and the feed entry's name: "release-4".</summary>
    public string Anchor => $"release-{Info.Version}";
}

/// <summary>One session's change: its title, the page it links to (null when it has none any more) and what changed.</summary>
public sealed record ChangelogLine(string Title, string? Href, string Sentence);

/// <summary>
/// Turns a snapshot's stored releases into what attendees read: each change linked to the session as it is now (its
/// current slug), a removed session to the page that explains its removal while there is one, else not linked.
/// </summary>
public static class ChangelogEntries
{
    public static IReadOnlyList<ChangelogRelease> From(ScheduleSnapshot snapshot, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var first = snapshot.Releases.Count == 0 ? 0 : snapshot.Releases.Min(r => r.Info.Version);
        return [.. snapshot.Releases.Take(limit).Select(r => new ChangelogRelease(
            r.Info,
            When(snapshot.Clock, r.Info.ReleasedUtc),
            [.. r.Changes.Select(c => Line(snapshot, c))],
            r.SessionCount,
            r.Info.Version == first))];
    }

    /// <summary>"Tue 16 Oct 2012, 9:30am PDT": the release's time where the event is, as every other time on the site.</summary>
    public static string When(EventClock clock, DateTime releasedUtc)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var (day, time) = clock.At(releasedUtc);
        return string.Create(CultureInfo.InvariantCulture, $"{SessionChangeText.Day(day)} {day.Year}, {clock.FormatTimeWithZone(day, time)}");
    }

    /// <summary><see cref="When"/> with its time as <see cref="TimeMarkup"/>, for pages, where the viewer may switch zones.</summary>
    public static MarkupString WhenMarkup(EventClock clock, DateTime releasedUtc)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var (day, time) = clock.At(releasedUtc);
        var date = string.Create(CultureInfo.InvariantCulture, $"{SessionChangeText.Day(day)} {day.Year}");
        return new MarkupString($"{WebUtility.HtmlEncode(date)}, {TimeMarkup.TimeWithZone(clock, day, time).Value}");
    }

    private static ChangelogLine Line(ScheduleSnapshot snapshot, SessionChange change)
    {
        var slug = snapshot.History.CurrentSlug(change.Uid)
            ?? (snapshot.Cancellations.Find(change.Slug) is not null ? change.Slug : null);
        var href = slug is null ? null : "/sessions/" + Uri.EscapeDataString(slug);
        return new ChangelogLine(change.Title, href, SessionChangeText.Sentence(change));
    }
}
