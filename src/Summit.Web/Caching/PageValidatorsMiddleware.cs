using Microsoft.Net.Http.Headers;
using Summit.Web.Published;

namespace Summit.Web.Caching;

/// <summary>
/// Gives public pages an ETag and Last-Modified and answers a matching conditional GET with 304 before any
/// rendering, so a browser revalidating an unchanged schedule gets a few hundred bytes instead of the page.
/// </summary>
public sealed class PageValidatorsMiddleware(RequestDelegate next, PublicCacheControl cacheControl)
{
    private const string EnhancedNavigationHeader = "blazor-enhanced-nav";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var version = IsPublicPageRead(context) ? await context.RequestServices.GetRequiredService<PublicScheduleRequest>().GetPageVersionAsync() : null;
        if (version is null)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = version.ETag;
        headers.LastModified = version.LastModified;
        // Stored, but checked with us before each use (by shared caches, after a few seconds): an organizer's change
        // must show on the next load.
        var publicCacheControl = version.CacheControl is { } own && context.User.Identity?.IsAuthenticated != true ? own : cacheControl.For(context);
        response.Headers.CacheControl = publicCacheControl;
        if (cacheControl.HeldBySharedCaches || version.CacheControl is not null)
        {
            // Blazor's enhanced navigation asks for the same address with another Accept and gets another framing: a
            // cache that holds pages without asking must keep the two apart.
            response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        }

        // "If-None-Match: *" asks whether the resource exists, which only rendering knows (a session may not).
        if (context.Request.Headers.IfNoneMatch != "*" && ConditionalRequest.IsNotModified(context.Request, version.ETag, version.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.OnStarting(() =>
        {
            // A page that turned out not to exist has no version to revalidate.
            if (response.StatusCode != StatusCodes.Status200OK)
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.LastModified);
                if (response.Headers.CacheControl == publicCacheControl)
                {
                    response.Headers.CacheControl = "no-cache";
                }
            }
            else if (response.Headers.ContainsKey(HeaderNames.SetCookie) && response.Headers.CacheControl == publicCacheControl)
            {
                // A cookie is for one visitor: no shared cache may hand it, or the page that came with it, to another.
                response.Headers.CacheControl = PublicCacheControl.Revalidated;
            }

            // The output cache hands this header back as "Allow", and Blazor's script, comparing it exactly, then gives
            // up on enhanced navigation and reloads the whole page (found by the browser tests).
            if (response.Headers.TryGetValue(EnhancedNavigationHeader, out var value) && string.Equals(value, "allow", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers[EnhancedNavigationHeader] = "allow";
            }

            return Task.CompletedTask;
        });
        await next(context);
    }

    private static bool IsPublicPageRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is not null;
}
