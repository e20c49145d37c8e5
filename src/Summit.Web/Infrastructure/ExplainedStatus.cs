using Microsoft.AspNetCore.Diagnostics;

namespace Summit.Web.Infrastructure;

/// <summary>
/// Lets a page answer with an error status and its own explanation instead of the generic status page: "not published
/// yet" or "no release 99" says more than "not found".
/// </summary>
public static class ExplainedStatus
{
    public static void Set(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        if (status != StatusCodes.Status404NotFound)
        {
            context.Response.StatusCode = status;
            return;
        }

        // Blazor writes no body for a page that set 404 while rendering (it leaves 404s to the not-found page), so the
        // status is set as the page's own body starts instead.
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
    }
}
