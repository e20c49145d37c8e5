using Summit.Web.Caching;
using Summit.Web.Calendar;

namespace Summit.Web.OpenData;

/// <summary>
/// Serves an export with an ETag and Last-Modified (<see cref="FeedValidators"/>, as the calendar feeds have), answering
/// conditional GETs with 304: conference apps fetch the schedule again and again, and an unchanged one must cost them
/// nothing.
/// </summary>
public sealed class ExportResponse(byte[] body, FeedValidators validators, string contentType) : IResult
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string XmlContentType = "application/xml; charset=utf-8";

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

        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
