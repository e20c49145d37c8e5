using Microsoft.Net.Http.Headers;
using Summit.Web.Caching;

namespace Summit.Web.Calendar;

/// <summary>
/// Serves a calendar as text/calendar with an ETag and Last-Modified (<see cref="FeedValidators"/>), answering
/// conditional GETs with 304: subscribed clients poll often and an unchanged feed must cost them nothing. A personal
/// feed goes out as its kept compressed copy when the client accepts one (<see cref="CompressedCopies"/>): no cache of
/// answers keeps it, and compressing it on every poll was its largest cost. Public feeds are compressed once by the
/// pipeline and kept as sent.
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

        if (personal)
        {
            // On a 304 too: it stands for the answer the client keeps, which differs by encoding.
            response.Headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (ConditionalRequest.IsNotModified(httpContext.Request, etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var bytes = body.Bytes;
        if (personal && ContentCodings.Choose(httpContext.Request.Headers.AcceptEncoding) is { } coding)
        {
            // Already encoded: the compression middleware leaves an answer with a Content-Encoding as it is.
            response.Headers.ContentEncoding = coding;
            bytes = body.Compressed.In(coding);
        }

        response.ContentType = "text/calendar; charset=utf-8";
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
