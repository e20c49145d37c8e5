using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Summit.Core.Agenda;
using Summit.Web.Caching;
using Summit.Web.Calendar;
using Summit.Web.Changelog;
using Summit.Web.Infrastructure;
using Summit.Web.Published;
using Summit.Web.Schedule;

namespace Summit.Web.Agenda;

/// <summary>
/// The personal agenda's endpoints. Starring posts carry no antiforgery token (the shared pages must stay
/// cacheable); <see cref="SameOriginCheck"/> and the SameSite cookie stand in for it.
/// </summary>
public static class AgendaEndpoints
{
    private const string NotFoundDetail = "There is no agenda at this address.";

    public static IEndpointRouteBuilder MapAgenda(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/agenda");
        group.MapPost("/star", StarAsync).DisableAntiforgery();
        group.MapPost("/reset", ResetAsync).DisableAntiforgery();
        group.MapPost("/seen", SeenAsync).DisableAntiforgery();
        group.MapPost("/open", ChooseAsync).DisableAntiforgery();
        group.MapGet("/state", StateAsync);
        group.MapGet("/{token}/calendar.ics", FeedAsync).Compressed();
        group.MapGet("/{token}/changes.atom", ChangesAsync).Compressed();
        return app;
    }

    public static async Task<IResult> StarAsync(HttpContext context, AgendaStore store)
    {
        if (!SameOriginCheck.IsSameOrigin(context.Request))
        {
            return TypedResults.Problem("Another site cannot change your agenda.", statusCode: StatusCodes.Status403Forbidden);
        }

        var (form, problem) = await ReadFormAsync(context, "Send the session as a form field named “session”.");
        if (form is null)
        {
            return problem!;
        }

        var slug = form["session"].ToString().Trim();
        var starredValue = form["starred"].ToString();
        if (slug.Length == 0 || slug.Length > 200)
        {
            return TypedResults.Problem("Say which session to star in the form field “session”.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (starredValue is not ("true" or "false"))
        {
            return TypedResults.Problem("The form field “starred” must be true or false.", statusCode: StatusCodes.Status400BadRequest);
        }

        var starred = starredValue == "true";
        var wantsJson = ScriptRequests.WantsJson(context.Request);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "";
        var (outcome, token, retryAfter) = await store.SetStarAsync(
            AgendaCookie.Read(context.Request), AgendaCookie.ReadFresh(context.Request), client, slug, starred, context.RequestAborted);
        if (token is not null && token != AgendaCookie.Read(context.Request))
        {
            AgendaCookie.Write(context.Response, token);
            if (AgendaCookie.ReadFresh(context.Request) is not null)
            {
                AgendaCookie.DeleteFresh(context.Response);
            }
        }

        return outcome switch
        {
            StarOutcome.UnknownSession => TypedResults.Problem($"There is no session “{slug}”.", statusCode: StatusCodes.Status404NotFound),
            StarOutcome.TooManyNewAgendas => TooManyNewAgendas(context, retryAfter!.Value, wantsJson, StarReturn.Safe(form["return"].ToString())),
            StarOutcome.AgendaFull when wantsJson => TypedResults.Problem(
                $"Your agenda already holds {store.MaxSessions} sessions, the most it can. Remove one to add another.",
                statusCode: StatusCodes.Status409Conflict),
            StarOutcome.AgendaFull => new SeeOtherResult("/agenda?full=true"),
            _ when wantsJson => TypedResults.Ok(new StarState(slug, outcome == StarOutcome.Starred)),
            // Without script: a page that says what happened, with an undo and the way back.
            _ => new SeeOtherResult(StarReturn.Landing(slug, outcome == StarOutcome.Starred, StarReturn.Safe(form["return"].ToString()))),
        };
    }

    /// <summary>429 with Retry-After: a reason in JSON for star.js, a short page with the way back for a browser without script.</summary>
    private static IResult TooManyNewAgendas(HttpContext context, TimeSpan retryAfter, bool wantsJson, string returnAddress)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var reason = $"Too many new agendas were made from your network just now. Try again in {seconds} seconds.";
        if (wantsJson)
        {
            return TypedResults.Problem(reason, statusCode: StatusCodes.Status429TooManyRequests);
        }

        var back = System.Net.WebUtility.HtmlEncode(returnAddress);
        return TypedResults.Content(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Too many new agendas · Summit</title></head>
            <body><main><h1>Too many new agendas</h1><p>{reason}</p><p><a href="{back}">{StarReturn.BackLabel(returnAddress)}</a></p></main></body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    public static async Task<IResult> ResetAsync(HttpContext context, AgendaStore store)
    {
        if (!SameOriginCheck.IsSameOrigin(context.Request))
        {
            return TypedResults.Problem("Another site cannot change your agenda.", statusCode: StatusCodes.Status403Forbidden);
        }

        var token = await store.ResetTokenAsync(AgendaCookie.Read(context.Request), context.RequestAborted);
        if (token is null)
        {
            return TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound);
        }

        AgendaCookie.Write(context.Response, token);
        return new SeeOtherResult("/agenda?reset=true");
    }

    /// <summary>
    /// "Mark as seen" on the agenda page: the owner has looked at the release the page showed (the form's
    /// <c>release</c>), so its marks go. A release newer than the latest is refused, so none is skipped unseen.
    /// </summary>
    public static async Task<IResult> SeenAsync(HttpContext context, AgendaStore store, SummitDbContext db)
    {
        if (!SameOriginCheck.IsSameOrigin(context.Request))
        {
            return TypedResults.Problem("Another site cannot change your agenda.", statusCode: StatusCodes.Status403Forbidden);
        }

        var (form, problem) = await ReadFormAsync(context, "Send the release as a form field named “release”.");
        if (form is null)
        {
            return problem!;
        }

        var latest = await Summit.Data.Releases.ReleaseStore.LatestVersionAsync(db, context.RequestAborted);
        if (!int.TryParse(form["release"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var release)
            || release < 1 || latest is null || release > latest)
        {
            return TypedResults.Problem("The form field “release” must be the number of a release of the schedule.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!await store.MarkSeenAsync(AgendaCookie.Read(context.Request), release, context.RequestAborted))
        {
            return TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound);
        }

        return new SeeOtherResult("/agenda");
    }

    /// <summary>Which sessions this browser starred, for the script that marks them on the shared pages.</summary>
    public static async Task<Ok<AgendaState>> StateAsync(HttpContext context, AgendaStore store, PublicScheduleRequest published)
    {
        context.Response.Headers.CacheControl = "no-store";
        var agenda = await store.GetAsync(AgendaCookie.Read(context.Request), context.RequestAborted);
        if (agenda is null && !AgendaToken.IsWellFormed(AgendaCookie.ReadFresh(context.Request)))
        {
            // The token this browser's first star will create its agenda under, so that stars sent together share one.
            AgendaCookie.WriteFresh(context.Response, AgendaToken.Create());
        }

        if (agenda is null || agenda.StarredUids.Count == 0)
        {
            return TypedResults.Ok(new AgendaState([]));
        }

        // As the agenda page shows them: with sessions deleted since but still in the release.
        var schedule = (await published.GetSnapshotAsync())?.Schedule;
        return TypedResults.Ok(new AgendaState(schedule is null ? [] : [.. StarredSessions.In(schedule, agenda.StarredUids).Select(s => s.Slug)]));
    }

    /// <summary>
    /// The answer on the private link's page (<see cref="PrivateLinkPage"/>): use the linked agenda on this browser,
    /// keep this browser's, or merge this browser's sessions into the linked one and use that.
    /// </summary>
    public static async Task<IResult> ChooseAsync(HttpContext context, AgendaStore store)
    {
        if (!SameOriginCheck.IsSameOrigin(context.Request))
        {
            return TypedResults.Problem("Another site cannot change your agenda.", statusCode: StatusCodes.Status403Forbidden);
        }

        var (form, problem) = await ReadFormAsync(context, "Send the agenda as a form field named “token”.");
        if (form is null)
        {
            return problem!;
        }

        var token = form["token"].ToString();
        var choice = form["choice"].ToString();
        if (choice is not (LinkChoice.Switch or LinkChoice.Keep or LinkChoice.Merge))
        {
            return TypedResults.Problem("The form field “choice” must be switch, keep or merge.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await store.GetSessionIdsAsync(token, context.RequestAborted) is null)
        {
            return TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound);
        }

        if (choice == LinkChoice.Keep)
        {
            return new SeeOtherResult("/agenda?kept=true");
        }

        if (choice == LinkChoice.Merge)
        {
            var merged = await store.MergeAsync(AgendaCookie.Read(context.Request), token, context.RequestAborted);
            if (merged != MergeOutcome.Merged)
            {
                return merged switch
                {
                    MergeOutcome.NotFound => TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound),
                    MergeOutcome.TooMany => TypedResults.Problem(
                        $"Together the two agendas hold more than {store.MaxSessions} sessions, the most one can. Switch or keep yours instead.",
                        statusCode: StatusCodes.Status409Conflict),
                    _ => TypedResults.Problem("The agendas changed while they were being merged. Try again.", statusCode: StatusCodes.Status409Conflict),
                };
            }
        }

        AgendaCookie.Write(context.Response, token);
        return new SeeOtherResult(choice == LinkChoice.Merge ? "/agenda?merged=true" : "/agenda?switched=true");
    }

    /// <summary>
    /// The agenda's feed, from <see cref="AgendaFeedCache"/> when it holds it for this schedule version: calendar apps
    /// poll, and an unchanged agenda needs no query.
    /// </summary>
    public static async Task<IResult> FeedAsync(
        HttpContext context, AgendaFeedCache feeds, PublicScheduleRequest published, IOptions<CalendarFeedOptions> feedOptions, string token, bool? download)
    {
        var snapshot = AgendaToken.IsWellFormed(token) ? await published.GetSnapshotAsync() : null;
        if (snapshot is null)
        {
            return TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound);
        }

        var now = published.Now;
        var version = AgendaFeedCache.VersionOf(snapshot, now, published.SiteBase);
        var tokenHash = AgendaFeedCache.HashOf(token);
        if (!feeds.TryGet(tokenHash, version, out var body))
        {
            var generation = feeds.Generation;
            // Resolved only now: a feed served from memory opens no database context.
            var agenda = await context.RequestServices.GetRequiredService<AgendaStore>().GetAsync(token, context.RequestAborted);
            if (agenda is null)
            {
                feeds.Forget(tokenHash);
                return TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound);
            }

            body = WriteFeed(published.SiteBase, feedOptions.Value.RefreshInterval, snapshot, agenda, now);
            feeds.Add(tokenHash, agenda.Id, version, body, generation);
        }

        return new IcsResponse(body, download == true ? "my-agenda.ics" : null, personal: true);
    }

    /// <summary>The agenda's private feed of changes to its starred sessions, one entry per release that changed any.</summary>
    public static async Task<IResult> ChangesAsync(
        HttpContext context, AgendaStore store, PublicScheduleRequest published, IOptions<AgendaOptions> options, string token)
    {
        var agenda = await store.GetAsync(token, context.RequestAborted);
        var snapshot = agenda is null ? null : await published.GetSnapshotAsync();
        if (agenda is null || snapshot is null)
        {
            return TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound);
        }

        var feed = AgendaChangesFeed.Build(
            snapshot.Releases, agenda, token, snapshot.Schedule.Event.Name, published.SiteBase, options.Value.ChangesFeedEntries);
        // Its address is the agenda's secret: kept by no shared cache, indexed by no search engine, sent on as no Referer.
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Bytes(AtomWriter.WriteUtf8(feed), AtomWriter.ContentType);
    }

    private static IcsBody WriteFeed(Uri siteBase, TimeSpan refreshInterval, ScheduleSnapshot snapshot, StoredAgenda agenda, DateTimeOffset now)
    {
        var schedule = snapshot.Schedule;
        // A session deleted from the working copy stays while the release still shows it; its release cancels it.
        var sessions = StarredSessions.In(schedule, agenda.StarredUids);
        var lastModified = agenda.UpdatedUtc > snapshot.LastModifiedUtc ? agenda.UpdatedUtc : snapshot.LastModifiedUtc;
        // Sessions removed since they were starred stay, cancelled, until the event is over: the stars went with them.
        var cancelled = snapshot.Cancellations.ForAgenda(agenda.Id, now);
        return CalendarFeeds.Write(siteBase, refreshInterval, snapshot, sessions, $"My agenda · {schedule.Event.Name}", lastModified, cancelled);
    }

    /// <summary>Reads a small form; a body that is not one, or is too large, is the sender's mistake, not a 500.</summary>
    private static async Task<(IFormCollection? Form, IResult? Problem)> ReadFormAsync(HttpContext context, string expected)
    {
        if (!context.Request.HasFormContentType)
        {
            return (null, TypedResults.Problem(expected, statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            return (await context.Request.ReadFormAsync(context.RequestAborted), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return (null, TypedResults.Problem("The form could not be read: it is malformed or too large.", statusCode: StatusCodes.Status400BadRequest));
        }
    }

    public sealed record StarState(string Session, bool Starred);

    public sealed record AgendaState(IReadOnlyList<string> Starred);

    /// <summary>The values of the private link page's <c>choice</c> field.</summary>
    public static class LinkChoice
    {
        public const string Switch = "switch";
        public const string Keep = "keep";
        public const string Merge = "merge";
    }

    /// <summary>303: after a post, the browser fetches the page with GET.</summary>
    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
