using Summit.Web.Calendar;

namespace Summit.Web.Caching;

/// <summary>
/// A public document served with an ETag and Last-Modified (<see cref="FeedValidators"/>), answering a conditional GET
/// with 304 and a HEAD without the body: apps and feed readers poll, and an unchanged document must cost them nothing.
/// The Atom changelog, the schedule exports and the API answer this way.
/// </summary>
public sealed class ValidatedBody(byte[] body, FeedValidators validators, string contentType) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, body, validators, contentType);

    /// <summary>Writes <paramref name="body"/>, or a 304 if the client's copy is current, with the public Cache-Control.</summary>
    public static async Task WriteAsync(HttpContext httpContext, byte[] body, FeedValidators validators, string contentType)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(body);
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

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
