using Summit.Core.Calendar;
using Summit.Core.Content;
using Summit.Core.Filtering;
using Summit.Core.Time;

namespace Summit.Web.Api;

/// <summary>Turns the published snapshot into the API's records: the one place that decides what each field holds.</summary>
public static class ApiShapes
{
    public static ApiEvent Event(ScheduleSnapshot snapshot, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var schedule = snapshot.Schedule;
        var info = schedule.Event;
        var release = snapshot.Release is { } r
            ? new ApiRelease(r.Version, r.Label, r.Name, r.Comment, Utc(r.ReleasedUtc), new Uri(siteBase, $"releases/{r.Version}").AbsoluteUri)
            : null;
        return new ApiEvent(
            info.Name, info.Subtitle, info.Venue, info.TimeZoneId, schedule.FirstDay, schedule.LastDay, schedule.Sessions.Count,
            snapshot.IsPublished, release, snapshot.Version, Utc(snapshot.LastModifiedUtc), siteBase.AbsoluteUri,
            info.BannerText, info.SafeBannerLinkUrl is null ? null : info.BannerLinkLabel, info.SafeBannerLinkUrl);
    }

    public static IReadOnlyList<ApiDay> Days(ScheduleSnapshot snapshot, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var byDay = snapshot.Schedule.Sessions.ToLookup(s => s.Day);
        return [.. snapshot.Schedule.Days.Order().Select(day =>
        {
            var sessions = byDay[day].ToList();
            return new ApiDay(
                day,
                EventClock.FormatDay(day),
                sessions.Count,
                sessions.Count == 0 ? null : snapshot.Clock.ToOffsetTime(day, sessions.Min(s => s.Start)),
                sessions.Count == 0 ? null : snapshot.Clock.ToOffsetTime(day, sessions.Max(s => s.End)),
                SessionsWhere(siteBase, "day", FilterValues.Day(day)));
        })];
    }

    public static IReadOnlyList<ApiFacet> Rooms(ScheduleSnapshot snapshot, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var counts = Count(snapshot.Schedule.Sessions.Select(s => s.Room.Slug));
        return [.. snapshot.Schedule.Rooms.Select(r => Facet(r, counts, siteBase, "room"))];
    }

    public static IReadOnlyList<ApiFacet> Tracks(ScheduleSnapshot snapshot, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var counts = Count(snapshot.Schedule.Sessions.Where(s => s.Track is not null).Select(s => s.Track!.Slug));
        return [.. snapshot.Schedule.Tracks.Select(t => Facet(t, counts, siteBase, "track"))];
    }

    public static IReadOnlyList<ApiFacet> Leads(ScheduleSnapshot snapshot, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var counts = Count(snapshot.Schedule.Sessions.SelectMany(s => s.Leads.Select(l => l.Slug).Distinct(StringComparer.OrdinalIgnoreCase)));
        return [.. snapshot.Schedule.People.Select(p => Facet(p, counts, siteBase, "lead"))];
    }

    /// <summary>
    /// A session. With <paramref name="withHtml"/> its descriptions are also rendered to sanitized HTML: one session's
    /// worth of Markdown, where a list of thousands would spend most of its time there.
    /// </summary>
    public static ApiSession Session(ScheduledSession session, EventClock clock, Uri siteBase, bool withHtml)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clock);
        return new ApiSession(
            session.Id,
            session.Uid,
            session.Slug,
            session.Title,
            SessionAddress.Of(siteBase, session.Slug),
            session.Day,
            clock.ToOffsetTime(session.Day, session.Start),
            clock.ToOffsetTime(session.Day, session.End),
            new ApiNamed(session.Room.Slug, session.Room.Name),
            session.Track is { } track ? new ApiNamed(track.Slug, track.Name) : null,
            session.Kind,
            session.Status,
            session.LeadWanted,
            session.Revision,
            Utc(session.LastModifiedUtc),
            [.. session.Leads.Select(l => new ApiLead(l.Slug, l.Name, l.IsTentative))],
            [.. session.Subjects.Select(s => new ApiSubject(s.Title, s.Description, withHtml ? MarkdownRenderer.ToSafeHtml(s.Description) : null))],
            session.Description,
            withHtml ? MarkdownRenderer.ToSafeHtml(session.Description) : null);
    }

    public static ApiSessionList SessionList(IReadOnlyList<ScheduledSession> sessions, int total, ScheduleFilter filter, EventClock clock, Uri siteBase) =>
        new(sessions.Count, total, FilterQuery.ToQueryString(filter), [.. sessions.Select(s => Session(s, clock, siteBase, withHtml: false))]);

    /// <summary>The API address of the sessions with one filter value.</summary>
    private static string SessionsWhere(Uri siteBase, string parameter, string value) =>
        new Uri(siteBase, $"{ApiEndpoints.Prefix.TrimStart('/')}/sessions?{parameter}={Uri.EscapeDataString(value)}").AbsoluteUri;

    private static ApiFacet Facet(NamedRef item, Dictionary<string, int> counts, Uri siteBase, string parameter) =>
        new(item.Slug, item.Name, counts.GetValueOrDefault(item.Slug), SessionsWhere(siteBase, parameter, item.Slug));

    private static Dictionary<string, int> Count(IEnumerable<string> slugs) =>
        slugs.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
