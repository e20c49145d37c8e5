namespace Summit.Web.Security;

/// <summary>
/// Answers a request without a Host (HTTP/1.0 allows one) with 400 before anything builds an address from it: pages
/// and the error page would otherwise fail on the empty base address, each with a 500 and a stack trace in the log.
/// </summary>
public sealed class HostRequired(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Host.HasValue)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("A Host header is required.", context.RequestAborted);
    }
}
