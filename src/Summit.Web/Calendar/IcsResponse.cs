using Microsoft.Net.Http.Headers;
using Summit.Web.Caching;

namespace Summit.Web.Calendar;

/// <summary>
/// Serves a calendar as text/calendar with an ETag and Last-Modified (<see cref="FeedValidators"/>), answering
/// conditional GETs with 304: subscribed clients poll often and an unchanged feed must cost them nothing.
/// </summary>
public sealed class IcsResponse(IcsBody body, string? downloadName, bool personal) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var (etag, lastModified) = body.Validators;

        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        response.Headers.CacheControl = personal ? "private, no-cache" : httpContext.RequestServices.GetRequiredService<PublicCacheControl>().For(httpContext);
        if (downloadName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = downloadName, FileName = downloadName }.ToString();
        }

        if (ConditionalRequest.IsNotModified(httpContext.Request, etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "text/calendar; charset=utf-8";
        response.ContentLength = body.Bytes.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body.Bytes, httpContext.RequestAborted);
        }
    }
}
