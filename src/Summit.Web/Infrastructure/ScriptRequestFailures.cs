using Microsoft.AspNetCore.Diagnostics;

namespace Summit.Web.Infrastructure;

/// <summary>
/// Answers a script's request (one that accepts JSON, not HTML) that failed on the server with a JSON problem that
/// says so, rather than the error page meant for people, which a script cannot read.
/// </summary>
public sealed class ScriptRequestFailures : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ScriptRequests.WantsJson(httpContext.Request))
        {
            return false;
        }

        await TypedResults.Problem(
            "The server failed while answering; nothing was saved. Try again in a moment.",
            statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(httpContext);
        return true;
    }
}
