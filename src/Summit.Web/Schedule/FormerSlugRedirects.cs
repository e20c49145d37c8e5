using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing.Patterns;
using Summit.Web.Published;

namespace Summit.Web.Schedule;

/// <summary>
/// Sends a request for a session's former address, its page or its calendar feed, to the current one with a
/// permanent redirect that keeps the rest of the path and the query, so bookmarks, shared links and subscribed
/// calendars survive a new slug. It runs before the validators and the output cache: a page cached under the old
/// address is never served again once the address has moved.
/// </summary>
public sealed class FormerSlugRedirects(RequestDelegate next)
{
    // Revalidated on each use: a new session may take the freed slug later, and it must then be reachable.
    private const string RedirectCacheControl = "no-cache";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint() is RouteEndpoint endpoint
            && endpoint.Metadata.GetMetadata<SessionAddressAttribute>() is not null
            && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && context.Request.RouteValues[SessionAddressAttribute.RouteValue] is string slug
            && (await context.RequestServices.GetRequiredService<PublicScheduleRequest>().GetSnapshotAsync())?.Addresses.MovedTo(slug) is { } current
            && CurrentPath(context.Request.Path, endpoint.RoutePattern, current) is { } path)
        {
            var request = context.Request;
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, path, request.QueryString);
            context.Response.Headers.CacheControl = RedirectCacheControl;
            return;
        }

        await next(context);
    }

    /// <summary>The request's path with the slug's segment replaced; null when the path does not line up with the route.</summary>
    private static PathString? CurrentPath(PathString path, RoutePattern pattern, string slug)
    {
        // Route parameter names are case-insensitive, as route values are: the page names it {Slug}, the feed {slug}.
        var index = pattern.PathSegments.ToList().FindIndex(s =>
            s.Parts is [RoutePatternParameterPart parameter] && string.Equals(parameter.Name, SessionAddressAttribute.RouteValue, StringComparison.OrdinalIgnoreCase));
        var segments = (path.Value ?? "").Split('/');
        // The path starts with "/", so its first split part is empty and segment i is part i + 1.
        if (index < 0 || segments.Length != pattern.PathSegments.Count + 1)
        {
            return null;
        }

        segments[index + 1] = slug;
        return new PathString(string.Join('/', segments));
    }
}
