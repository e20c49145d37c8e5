using Microsoft.Extensions.Options;
using Summit.Core.Filtering;
using Summit.Organizer;
using Summit.Web.Caching;
using Summit.Web.Preview;
using Summit.Web.Security;

namespace Summit.Web.Published;

/// <summary>
/// The published schedule as one request sees it, from the first middleware that asks to the last header written:
/// one snapshot, one reading of the clock, one public base address and the page version made from them. Its
/// output-cache key, its validators and its content all come from the same snapshot, even when an organizer saves
/// while it is being served; a page rendered from a newer snapshot than its key says would be served, under that key,
/// after the change was undone.
/// </summary>
public sealed class PublicScheduleRequest(
    ScheduleSnapshots snapshots,
    TimeProvider time,
    IHttpContextAccessor httpContextAccessor,
    IOptions<PublicSiteOptions> site,
    IOptions<ScheduleViewOptions> view,
    PageVersions versions,
    PreviewSnapshots previews)
{
    /// <summary>Where the organizers' preview of the working copy lives: the public addresses under this prefix.</summary>
    public const string PreviewPrefix = "/preview";

    /// <summary>Preview answers are one organizer's: no cache may keep them.</summary>
    public const string PreviewCacheControl = "private, no-store";

    private Task<ScheduleSnapshot?>? _snapshot;
    private DateTimeOffset? _now;
    private Uri? _siteBase;
    private Task<PageVersion?>? _version;

    private HttpContext Context => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("The published schedule of a request is only known while the request is served.");

    /// <summary>The request's snapshot, or null while no schedule is published.</summary>
    public Task<ScheduleSnapshot?> GetSnapshotAsync()
    {
        // A failed read is not kept: the error page of this request tries again, as a new request would.
        if (_snapshot is null || _snapshot.IsFaulted || _snapshot.IsCanceled)
        {
            _snapshot = IsPreview ? PreviewAsync() : snapshots.GetAsync(Context.RequestAborted);
        }

        return _snapshot;
    }

    /// <summary>
    /// Whether this request shows the working copy instead of the published schedule: an address under
    /// <see cref="PreviewPrefix"/> asked by a signed-in organizer. The preview pages require that sign-in themselves;
    /// checking it here too keeps the working copy from any other page that would serve there.
    /// </summary>
    public bool IsPreview =>
        Context.Request.Path.StartsWithSegments(PreviewPrefix, StringComparison.OrdinalIgnoreCase)
        && Context.User.IsInRole(OrganizerRoles.Organizer);

    /// <summary>The root the page's links start from: "/", or the preview's, so a previewed page links to previewed pages.</summary>
    public string LinkRoot => IsPreview ? PreviewPrefix + "/" : "/";

    private async Task<ScheduleSnapshot?> PreviewAsync()
    {
        Context.Response.Headers.CacheControl = PreviewCacheControl;
        return await previews.GetAsync(Context.RequestAborted);
    }

    /// <summary>The time this request is served at, read once so every part of the answer agrees on it.</summary>
    public DateTimeOffset Now => _now ??= time.GetUtcNow();

    /// <summary>
    /// The site's absolute base address (ending in "/"): the configured <c>Summit:PublicBaseUrl</c>, else the request's
    /// own scheme and host (behind trusted forwarded headers), with the request's path base.
    /// </summary>
    public Uri SiteBase => _siteBase ??= BuildSiteBase();

    /// <summary>Above this many sessions an event of several days opens on one day (<see cref="ScheduleViewOptions"/>).</summary>
    public int DefaultDayThreshold => view.Value.DefaultDayThreshold;

    /// <summary>Whether this event opens on one day rather than on every session.</summary>
    public bool OpensOnOneDay(ScheduleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return DefaultDayView.Applies(snapshot.Schedule, DefaultDayThreshold);
    }

    /// <summary>What the schedule page shows for this filter today at the venue.</summary>
    public SchedulePageView Show(ScheduleSnapshot snapshot, ParsedFilter parsed)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SchedulePageView.Decide(snapshot.Schedule, snapshot.Index, parsed, snapshot.Clock.DateAt(Now), DefaultDayThreshold);
    }

    /// <summary>The version of a public page served to this request (the output cache's key and the ETag), or null while no schedule is published.</summary>
    public Task<PageVersion?> GetPageVersionAsync()
    {
        if (_version is null || _version.IsFaulted || _version.IsCanceled)
        {
            _version = VersionAsync();
        }

        return _version;
    }

    private async Task<PageVersion?> VersionAsync()
    {
        var snapshot = await GetSnapshotAsync();
        if (snapshot is null)
        {
            return null;
        }

        var today = snapshot.Clock.DateAt(Now);
        var openingDay = DefaultDayView.OpeningDay(snapshot.Schedule, today, DefaultDayThreshold);
        var version = versions.For(snapshot, Now, openingDay, IsEnhancedNavigation(Context.Request));
        return Context.GetEndpoint()?.Metadata.GetMetadata<MinutePageAttribute>() is null ? version : MinutePageAttribute.Version(version, Context.Request, Now);
    }

    private Uri BuildSiteBase()
    {
        var request = Context.Request;
        if (site.Value.TryParseBaseUrl(out var origin) && origin is not null)
        {
            var host = origin.IsDefaultPort ? origin.IdnHost : $"{origin.IdnHost}:{origin.Port}";
            return new Uri($"{origin.Scheme}://{host}{request.PathBase}/");
        }

        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }

    private static bool IsEnhancedNavigation(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("blazor-enhanced-nav=on", StringComparison.OrdinalIgnoreCase) == true);
}
