using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Summit.Core.Calendar;
using Summit.Core.Filtering;
using Summit.Web.Caching;
using Summit.Web.Published;
using Summit.Web.Schedule;

namespace Summit.Web.Calendar;

/// <summary>The public iCal URL contract: <c>/calendar.ics</c> (with the filters of <c>/</c>) and <c>/sessions/{slug}/calendar.ics</c>.</summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar.ics", ScheduleFeedAsync).WithName("ScheduleCalendar").CacheAnswers().RequireRateLimiting(PublicCaching.RenderLimit).Compressed();
        app.MapGet("/sessions/{slug}/calendar.ics", SessionFeedAsync).WithName("SessionCalendar").WithMetadata(new SessionAddressAttribute()).CacheAnswers().RequireRateLimiting(PublicCaching.RenderLimit).Compressed();
        return app;
    }

    public static async Task<Results<IcsResponse, ProblemHttpResult>> ScheduleFeedAsync(HttpContext context, PublicScheduleRequest published, IOptions<CalendarFeedOptions> feeds, bool? download)
    {
        var snapshot = await published.GetSnapshotAsync();
        if (snapshot is null)
        {
            return TypedResults.Problem("No schedule has been published yet.", statusCode: StatusCodes.Status404NotFound);
        }

        var (schedule, index) = (snapshot.Schedule, snapshot.Index);
        if (!snapshot.IsPublished)
        {
            // Subscribed before the first release: an empty calendar that fills in when the schedule is released, not a
            // 400 for filters naming tracks or rooms that are not published yet.
            return CalendarFeeds.Create(published.SiteBase, feeds.Value.RefreshInterval, snapshot, [], schedule.Event.Name, download == true ? "schedule.ics" : null, personal: false, snapshot.LastModifiedUtc);
        }

        var parsed = FilterQuery.Parse(name => context.Request.Query[name], index);
        if (parsed.Problems.Count > 0)
        {
            // A feed has nowhere to show a warning; a wrong subscription address must fail loudly instead of quietly showing more.
            return TypedResults.Problem(
                string.Join(" ", parsed.Problems.Select(p => p.Message)),
                statusCode: StatusCodes.Status400BadRequest,
                title: "Some filters of this calendar address are not valid.");
        }

        var sessions = index.Apply(parsed.Filter).Sessions;
        var name = CalendarFeeds.NameFor(schedule, parsed.Filter);
        var cancelled = snapshot.Cancellations.Matching(parsed.Filter, published.Now);
        return CalendarFeeds.Create(published.SiteBase, feeds.Value.RefreshInterval, snapshot, sessions, name, download == true ? "schedule.ics" : null, personal: false, snapshot.LastModifiedUtc, cancelled);
    }

    public static async Task<Results<IcsResponse, ProblemHttpResult>> SessionFeedAsync(PublicScheduleRequest published, IOptions<CalendarFeedOptions> feeds, string slug)
    {
        var snapshot = await published.GetSnapshotAsync();
        var schedule = snapshot?.Schedule;
        var session = snapshot?.Addresses.Find(slug);
        if (session is null)
        {
            return RemovedSessionFeed(published, feeds.Value.RefreshInterval, snapshot, slug);
        }

        // Its own last change, not the schedule's: a client revalidating by date is not sent it again for others' edits.
        // Whatever else the event shows in it (room, slot, zone, venue) stamps the session when it changes.
        return CalendarFeeds.Create(published.SiteBase, feeds.Value.RefreshInterval, snapshot!, [session], session.Title, $"{session.Slug}.ics", personal: false, session.LastModifiedUtc);
    }

    /// <summary>
    /// A removed session's own feed: its cancellation until the event is over, so a calendar subscribed to it drops
    /// the session; then 410 Gone, as there is nothing left to tell.
    /// </summary>
    private static Results<IcsResponse, ProblemHttpResult> RemovedSessionFeed(PublicScheduleRequest published, TimeSpan refreshInterval, ScheduleSnapshot? snapshot, string slug)
    {
        if (snapshot?.Cancellations.Find(slug) is not { } removed)
        {
            return TypedResults.Problem($"There is no session “{slug}”.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!snapshot.Cancellations.ArePublishedAt(published.Now))
        {
            return TypedResults.Problem($"The session “{removed.AsItWas.Title}” was removed from the schedule.", statusCode: StatusCodes.Status410Gone);
        }

        var title = IcsWriter.CancelledPrefix + removed.AsItWas.Title;
        return CalendarFeeds.Create(published.SiteBase, refreshInterval, snapshot, [], title, $"{removed.AsItWas.Slug}.ics", personal: false, snapshot.LastModifiedUtc, [removed]);
    }
}
