using Microsoft.AspNetCore.Http.Extensions;
using Summit.Core.Filtering;
using Summit.Web.Published;

namespace Summit.Web.Filtering;

/// <summary>
/// Sends a filtered page's address that names a room, track or day by a former slug or date to the same filter under
/// the current ones, with a permanent redirect, so bookmarks and shared links survive a rename and the page is
/// cached under one address. Feeds are answered directly instead (<see cref="FilterQuery"/> reads former values):
/// some calendar clients follow no redirect. It runs before the validators and the output cache.
/// </summary>
public sealed class FormerFilterRedirects(RequestDelegate next)
{
    // Revalidated on each use: another room or track may take the former slug later, and it must then be reachable.
    private const string RedirectCacheControl = "no-cache";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.QueryString.HasValue
            && context.GetEndpoint()?.Metadata.GetMetadata<FilterAddressAttribute>() is not null
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && await context.RequestServices.GetRequiredService<PublicScheduleRequest>().GetSnapshotAsync() is { } snapshot
            // Every filtered request passes here, cached or not: parse its filter only when a renamed item exists.
            && snapshot.Index.HasFormerValues)
        {
            var parsed = FilterQuery.Parse(name => request.Query[name], snapshot.Index);
            // A filter with values it cannot apply is shown with their messages rather than redirected without them.
            if (parsed.UsedFormerValues && parsed.Problems.Count == 0)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, new QueryString(NullIfEmpty(FilterQuery.ToQueryString(parsed.Filter))));
                context.Response.Headers.CacheControl = RedirectCacheControl;
                return;
            }
        }

        await next(context);
    }

    private static string? NullIfEmpty(string query) => query.Length == 0 ? null : query;
}
