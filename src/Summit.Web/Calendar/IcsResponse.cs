using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using Summit.Web.Caching;

namespace Summit.Web.Calendar;

/// <summary>
/// Serves a calendar as text/calendar with a content ETag and Last-Modified, answering conditional GETs with 304:
/// subscribed clients poll often and an unchanged schedule must cost them nothing.
/// </summary>
public sealed class IcsResponse(string body, DateTime lastModifiedUtc, string? downloadName, bool personal) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        // Weak: the body may be sent compressed, and a strong tag would promise the same bytes in every encoding.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16))}\"", isWeak: true);
        var lastModified = ConditionalRequest.ToHttpDate(lastModifiedUtc);

        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        response.Headers.CacheControl = personal ? "private, no-cache" : "public, no-cache";
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
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
