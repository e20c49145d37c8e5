using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Summit.Web.Caching;

/// <summary>
/// Sends a stored answer as a static file server would: its headers with a Content-Length, then the body in one
/// write (none for HEAD), or a 304 when the client's copy is still the one stored.
/// </summary>
public static class CachedAnswerWriter
{
    public static Task WriteAsync(HttpContext context, CachedAnswer answer, TimeSpan age)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answer);
        var response = context.Response;
        var headers = response.Headers;
        if (IsNotModified(context.Request, answer))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            Copy(answer.NotModifiedHeaders, headers);
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        Copy(answer.Headers, headers);
        headers.Age = ((long)age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = answer.Body.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(answer.Body, 0, answer.Body.Length, context.RequestAborted);
    }

    private static void Copy(IReadOnlyList<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> from, IHeaderDictionary to)
    {
        for (var i = 0; i < from.Count; i++)
        {
            to[from[i].Key] = from[i].Value;
        }
    }

    private static bool IsNotModified(HttpRequest request, CachedAnswer answer)
    {
        var headers = request.Headers;
        if (headers.IfNoneMatch.Count == 0 && headers.IfModifiedSince.Count == 0)
        {
            return false;
        }

        // A stored answer means the resource exists, which is all "If-None-Match: *" asks.
        if (headers.IfNoneMatch == "*")
        {
            return true;
        }

        return answer.ETag is { } etag && answer.LastModified is { } lastModified && ConditionalRequest.IsNotModified(request, etag, lastModified);
    }
}
