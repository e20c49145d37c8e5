using Microsoft.Net.Http.Headers;
using Summit.Core.Agenda;
using Summit.Web.Calendar;
using Summit.Web.Published;

namespace Summit.Web.Agenda;

/// <summary>
/// Answers a calendar app's poll of a personal feed kept in <see cref="AgendaFeedCache"/> right after the security
/// headers, as <see cref="Caching.EarlyCachedAnswers"/> does for public pages: calendar apps send no cookie, and a kept
/// feed needs none of the later steps (sign-in, antiforgery, redirects, compression: the kept copies are compressed
/// already). Everything else (a cookie, <c>?download</c>, a feed not kept for this schedule version) goes on to
/// <see cref="AgendaEndpoints.FeedAsync"/>, which answers the same.
/// </summary>
public sealed class EarlyAgendaFeeds(RequestDelegate next, AgendaFeedCache feeds)
{
    private const string Suffix = "/calendar.ics";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TryGetToken(context.Request, out var token))
        {
            var published = context.RequestServices.GetRequiredService<PublicScheduleRequest>();
            if (await published.GetSnapshotAsync() is { } snapshot
                && feeds.TryGet(AgendaFeedCache.HashOf(token), AgendaFeedCache.VersionOf(snapshot, published.Now, published.SiteBase), out var body))
            {
                await new IcsResponse(body, downloadName: null, personal: true).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    /// <summary>The token of a plain, cookie-less GET or HEAD of <c>/agenda/{token}/calendar.ics</c>.</summary>
    private static bool TryGetToken(HttpRequest request, out string token)
    {
        token = "";
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.QueryString.HasValue
            || request.Headers.ContainsKey(HeaderNames.Cookie)
            || !request.Path.StartsWithSegments("/agenda", StringComparison.OrdinalIgnoreCase, out var rest)
            || rest.Value is not { } tail
            || tail.Length <= Suffix.Length + 1
            || !tail.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = tail[1..^Suffix.Length];
        return AgendaToken.IsWellFormed(token);
    }
}
