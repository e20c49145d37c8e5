using Microsoft.Net.Http.Headers;
using Summit.Web.Published;

namespace Summit.Web.Security;

/// <summary>
/// Adds the security headers to every response just before it starts: rendered pages, pages from the output cache,
/// 304s, feeds, status and error pages alike. A page that set its own Referrer-Policy (the private agenda link's
/// <c>no-referrer</c>) keeps it.
/// </summary>
public sealed class SecurityHeaders
{
    private readonly RequestDelegate _next;

    private readonly ImportMapHashes _importMaps;

    // One delegate for every response, and the last policy built: both are the same for nearly every response, and a
    // cached page is served in a few microseconds, where building them again each time shows.
    private readonly Func<object, Task> _addHeaders;

    private Policy? _lastPolicy;

    public SecurityHeaders(RequestDelegate next, ImportMapHashes importMaps)
    {
        _next = next;
        _importMaps = importMaps;
        _addHeaders = state => AddHeadersAsync((HttpContext)state);
    }

    public const string DefaultReferrerPolicy = "strict-origin-when-cross-origin";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(_addHeaders, context);
        return _next(context);
    }

    private async Task AddHeadersAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Permissions-Policy"] = PermissionsPolicy;
        if (!headers.ContainsKey("Referrer-Policy"))
        {
            headers["Referrer-Policy"] = DefaultReferrerPolicy;
        }

        // Always recomputed, never taken from a cached copy: the organizer's image origins may have changed since.
        headers[HeaderNames.ContentSecurityPolicy] = PolicyFor(await ImageOriginsAsync(context), _importMaps.For(context));
    }

    private string PolicyFor(IReadOnlyList<string> imageOrigins, string? importMapHash)
    {
        // The origins list belongs to one schedule snapshot and the hash to one import map: the same instances mean the same policy.
        var last = Volatile.Read(ref _lastPolicy);
        if (last is not null && ReferenceEquals(last.ImageOrigins, imageOrigins) && ReferenceEquals(last.ImportMapHash, importMapHash))
        {
            return last.Text;
        }

        var text = ContentSecurityPolicy.Build(imageOrigins, importMapHash);
        Volatile.Write(ref _lastPolicy, new Policy(imageOrigins, importMapHash, text));
        return text;
    }

    private sealed record Policy(IReadOnlyList<string> ImageOrigins, string? ImportMapHash, string Text);

    /// <summary>Only pages show descriptions (and a 304 renews a page's stored headers); other responses need no lookup.</summary>
    private static async Task<IReadOnlyList<string>> ImageOriginsAsync(HttpContext context)
    {
        var response = context.Response;
        var isPage = response.StatusCode == StatusCodes.Status304NotModified
            || (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!isPage)
        {
            return [];
        }

        try
        {
            var snapshot = await context.RequestServices.GetRequiredService<PublicScheduleRequest>().GetSnapshotAsync();
            return snapshot?.Schedule.Event.ImageOrigins ?? [];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The error page of a database that cannot be read must still be sent: with the site's own images only.
            return [];
        }
    }
}
