using Microsoft.AspNetCore.Http.HttpResults;
using Summit.Core.Agenda;
using Summit.Web.Caching;
using Summit.Web.Calendar;
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
        group.MapGet("/state", StateAsync);
        group.MapGet("/{token}", Open);
        group.MapGet("/{token}/calendar.ics", FeedAsync).Compressed();
        return app;
    }

    public static async Task<IResult> StarAsync(HttpContext context, AgendaStore store)
    {
        if (!SameOriginCheck.IsSameOrigin(context.Request))
        {
            return TypedResults.Problem("Another site cannot change your agenda.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem("Send the session as a form field named “session”.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
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
        var (outcome, token) = await store.SetStarAsync(AgendaCookie.Read(context.Request), slug, starred, context.RequestAborted);
        if (token is not null && token != AgendaCookie.Read(context.Request))
        {
            AgendaCookie.Write(context.Response, token);
        }

        var wantsJson = context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        return outcome switch
        {
            StarOutcome.UnknownSession => TypedResults.Problem($"There is no session “{slug}”.", statusCode: StatusCodes.Status404NotFound),
            StarOutcome.AgendaFull when wantsJson => TypedResults.Problem(
                $"Your agenda already holds {PersonalAgenda.MaxSessions} sessions, the most it can. Remove one to add another.",
                statusCode: StatusCodes.Status409Conflict),
            StarOutcome.AgendaFull => new SeeOtherResult("/agenda?full=true"),
            _ when wantsJson => TypedResults.Ok(new StarState(slug, outcome == StarOutcome.Starred)),
            _ => new SeeOtherResult(LocalReturnUrl(form["return"].ToString())),
        };
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

    /// <summary>Which sessions this browser starred, for the script that marks them on the shared pages.</summary>
    public static async Task<Ok<AgendaState>> StateAsync(HttpContext context, AgendaStore store, ScheduleSnapshots snapshots)
    {
        context.Response.Headers.CacheControl = "no-store";
        var ids = await store.GetSessionIdsAsync(AgendaCookie.Read(context.Request), context.RequestAborted);
        if (ids is null || ids.Count == 0)
        {
            return TypedResults.Ok(new AgendaState([]));
        }

        var schedule = (await snapshots.GetAsync(context.RequestAborted))?.Schedule;
        var starred = ids.ToHashSet();
        return TypedResults.Ok(new AgendaState([.. schedule?.Sessions.Where(s => starred.Contains(s.Id)).Select(s => s.Slug) ?? []]));
    }

    /// <summary>The private link: opens the same agenda on this device (the phone) and shows it.</summary>
    public static async Task<IResult> Open(HttpContext context, AgendaStore store, string token)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (await store.GetSessionIdsAsync(token, context.RequestAborted) is null)
        {
            return TypedResults.NotFound();
        }

        AgendaCookie.Write(context.Response, token);
        return new SeeOtherResult("/agenda");
    }

    public static async Task<IResult> FeedAsync(HttpContext context, AgendaStore store, ScheduleSnapshots snapshots, string token, bool? download)
    {
        var agenda = await store.GetAsync(token, context.RequestAborted);
        var snapshot = agenda is null ? null : await snapshots.GetAsync(context.RequestAborted);
        var schedule = snapshot?.Schedule;
        if (agenda is null || schedule is null)
        {
            return TypedResults.Problem(NotFoundDetail, statusCode: StatusCodes.Status404NotFound);
        }

        var ids = agenda.Value.SessionIds;

        var starred = ids.ToHashSet();
        var sessions = schedule.Sessions.Where(s => starred.Contains(s.Id)).ToList();
        var lastModified = agenda.Value.UpdatedUtc > snapshot!.LastModifiedUtc ? agenda.Value.UpdatedUtc : snapshot.LastModifiedUtc;
        return CalendarFeeds.Create(context.Request, schedule, sessions, $"My agenda · {schedule.Event.Name}", download == true ? "my-agenda.ics" : null, personal: true, lastModified);
    }

    /// <summary>Only paths on this site: an open redirect would let another site bounce visitors through Summit.</summary>
    internal static string LocalReturnUrl(string? candidate) => LocalUrls.OrDefault(candidate, "/agenda");

    public sealed record StarState(string Session, bool Starred);

    public sealed record AgendaState(IReadOnlyList<string> Starred);

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
