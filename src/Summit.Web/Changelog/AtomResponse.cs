using Summit.Web.Caching;
using Summit.Web.Calendar;

namespace Summit.Web.Changelog;

/// <summary>
/// Serves an Atom document with an ETag and Last-Modified, answering conditional GETs with 304, as the calendar feeds
/// do: feed readers poll, and an unchanged feed must cost them nothing.
/// </summary>
public sealed class AtomResponse(byte[] body, FeedValidators validators) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (etag, lastModified) = validators;
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        response.Headers.CacheControl = httpContext.RequestServices.GetRequiredService<PublicCacheControl>().For(httpContext);
        if (ConditionalRequest.IsNotModified(httpContext.Request, etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = AtomWriter.ContentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
