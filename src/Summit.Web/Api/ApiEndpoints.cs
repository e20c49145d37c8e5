using Microsoft.AspNetCore.Http.HttpResults;
using Summit.Core.Filtering;
using Summit.Web.Caching;
using Summit.Web.Published;
using Summit.Web.Schedule;

namespace Summit.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api/v1</c>: the published schedule (the snapshot the public pages show, never the
/// working copy) as the event, its days, rooms, tracks, leads and sessions.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>The OpenAPI document's name: its address is <c>/openapi/v1.json</c>.</summary>
    public const string DocumentName = "v1";

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix)
            .WithGroupName(DocumentName)
            .WithTags("Schedule")
            .RequireCors(ApiExtensions.CorsPolicy)
            .CacheAnswers()
            .RequireRateLimiting(PublicCaching.RenderLimit)
            .Compressed();

        api.MapGet("/event", EventAsync).WithName("ApiEvent")
            .WithSummary("The event")
            .WithDescription("The event's name, venue, time zone, dates and the release the API serves.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/days", DaysAsync).WithName("ApiDays")
            .WithSummary("The days")
            .WithDescription("Every day of the event in order, with its sessions' count and span.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/rooms", RoomsAsync).WithName("ApiRooms")
            .WithSummary("The rooms")
            .WithDescription("Every room in the schedule's order, with how many sessions it holds.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tracks", TracksAsync).WithName("ApiTracks")
            .WithSummary("The tracks")
            .WithDescription("Every track in the schedule's order, with how many sessions it has.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/leads", LeadsAsync).WithName("ApiLeads")
            .WithSummary("The leads")
            .WithDescription("Everyone leading a session, by name, with how many sessions they lead.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/sessions", SessionsAsync).WithName("ApiSessions")
            .WithSummary("The sessions, filtered")
            .WithDescription("The published sessions in schedule order, filtered with the parameters of the schedule page (/). " +
                "Values within one parameter are alternatives, parameters all apply. A value the schedule does not know is a 400 " +
                "problem naming it; parameters the API does not know are ignored, as on the page. Descriptions are Markdown; " +
                "the one-session endpoint adds them as HTML.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        // A former slug is redirected before the handler, as the session's page and feed are (FormerSlugRedirects).
        api.MapGet("/sessions/{slug}", SessionAsync).WithName("ApiSession").WithMetadata(new SessionAddressAttribute())
            .WithSummary("One session")
            .WithDescription("A session by its slug, with its descriptions also as sanitized HTML. A former slug redirects (301) " +
                "to the current one; a session removed from the schedule is 410, an unknown slug 404.")
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        // Anything else under the prefix is a problem too, not the site's HTML "page not found".
        api.MapGet("/{**rest}", NotFound).ExcludeFromDescription();
        app.MapApiDocument();
        return app;
    }

    public static async Task<Results<ApiJson<ApiEvent>, ProblemHttpResult>> EventAsync(PublicScheduleRequest published)
    {
        var snapshot = await published.GetSnapshotAsync();
        return snapshot is null ? NoSchedule() : new ApiJson<ApiEvent>(ApiShapes.Event(snapshot, published.SiteBase), snapshot.LastModifiedUtc);
    }

    public static async Task<Results<ApiJson<IReadOnlyList<ApiDay>>, ProblemHttpResult>> DaysAsync(PublicScheduleRequest published)
    {
        var snapshot = await published.GetSnapshotAsync();
        return snapshot is null ? NoSchedule() : new ApiJson<IReadOnlyList<ApiDay>>(ApiShapes.Days(snapshot, published.SiteBase), snapshot.LastModifiedUtc);
    }

    public static async Task<Results<ApiJson<IReadOnlyList<ApiFacet>>, ProblemHttpResult>> RoomsAsync(PublicScheduleRequest published)
    {
        var snapshot = await published.GetSnapshotAsync();
        return snapshot is null ? NoSchedule() : new ApiJson<IReadOnlyList<ApiFacet>>(ApiShapes.Rooms(snapshot, published.SiteBase), snapshot.LastModifiedUtc);
    }

    public static async Task<Results<ApiJson<IReadOnlyList<ApiFacet>>, ProblemHttpResult>> TracksAsync(PublicScheduleRequest published)
    {
        var snapshot = await published.GetSnapshotAsync();
        return snapshot is null ? NoSchedule() : new ApiJson<IReadOnlyList<ApiFacet>>(ApiShapes.Tracks(snapshot, published.SiteBase), snapshot.LastModifiedUtc);
    }

    public static async Task<Results<ApiJson<IReadOnlyList<ApiFacet>>, ProblemHttpResult>> LeadsAsync(PublicScheduleRequest published)
    {
        var snapshot = await published.GetSnapshotAsync();
        return snapshot is null ? NoSchedule() : new ApiJson<IReadOnlyList<ApiFacet>>(ApiShapes.Leads(snapshot, published.SiteBase), snapshot.LastModifiedUtc);
    }

    public static async Task<Results<ApiJson<ApiSessionList>, ProblemHttpResult>> SessionsAsync(PublicScheduleRequest published, [AsParameters] ApiSessionFilter query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await published.GetSnapshotAsync();
        if (snapshot is null)
        {
            return NoSchedule();
        }

        var (schedule, index) = (snapshot.Schedule, snapshot.Index);
        if (!snapshot.IsPublished)
        {
            // As the feeds do: before the first release, an empty list rather than a 400 for tracks not published yet.
            return new ApiJson<ApiSessionList>(ApiShapes.SessionList([], 0, ScheduleFilter.None, snapshot.Clock, published.SiteBase), snapshot.LastModifiedUtc);
        }

        // The schedule page's reading of the same parameters; where the page shows its problems beside the result, an
        // API client would not look, so a value it cannot apply fails the request instead of quietly giving more.
        var parsed = FilterQuery.Parse(query.Values, index);
        if (parsed.Problems.Count > 0)
        {
            return TypedResults.Problem(
                string.Join(" ", parsed.Problems.Select(p => p.Message)),
                statusCode: StatusCodes.Status400BadRequest,
                title: "Some filters are not valid.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = parsed.Problems.GroupBy(p => FilterQuery.ParameterName(p.Facet))
                        .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                });
        }

        var sessions = index.Apply(parsed.Filter).Sessions;
        return new ApiJson<ApiSessionList>(
            ApiShapes.SessionList(sessions, schedule.Sessions.Count, parsed.Filter with { AllDays = false }, snapshot.Clock, published.SiteBase),
            snapshot.LastModifiedUtc);
    }

    public static async Task<Results<ApiJson<ApiSession>, ProblemHttpResult>> SessionAsync(PublicScheduleRequest published, string slug)
    {
        var snapshot = await published.GetSnapshotAsync();
        if (snapshot is null)
        {
            return NoSchedule();
        }

        if (snapshot.Addresses.Find(slug) is { } session)
        {
            // Its own last change, as its calendar feed: whatever else it shows (room, track, zone) stamps it when it changes.
            return new ApiJson<ApiSession>(ApiShapes.Session(session, snapshot.Clock, published.SiteBase, withHtml: true), session.LastModifiedUtc);
        }

        if (!snapshot.IsPublished)
        {
            return TypedResults.Problem("The schedule is not published yet.", statusCode: StatusCodes.Status404NotFound);
        }

        if (snapshot.Cancellations.Find(slug) is { } removed)
        {
            return TypedResults.Problem($"The session “{removed.AsItWas.Title}” was removed from the schedule.", statusCode: StatusCodes.Status410Gone);
        }

        return TypedResults.Problem($"There is no session “{slug}”.", statusCode: StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult NotFound(string rest) =>
        TypedResults.Problem($"There is no {Prefix}/{rest}; the API's addresses are listed at /api and in /openapi/v1.json.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NoSchedule() =>
        TypedResults.Problem("No event has been set up yet.", statusCode: StatusCodes.Status404NotFound);
}
