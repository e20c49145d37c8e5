using Microsoft.Net.Http.Headers;
using Summit.Core.Filtering;
using Summit.Core.Time;

namespace Summit.Web.Caching;

/// <summary>
/// What a public page's content depends on besides its URL: the schedule snapshot, the build, and for a large event
/// the day it opens on. Equal keys mean equal HTML, which makes the key both the ETag and the output cache's vary value.
/// </summary>
public sealed record PageVersion(string Key, EntityTagHeaderValue ETag, DateTimeOffset LastModified)
{
    private static readonly object ItemKey = new();

    /// <summary>The version for this request (computed once per request), or null while no schedule is published.</summary>
    public static async ValueTask<PageVersion?> ForAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var known))
        {
            return (PageVersion?)known;
        }

        var (snapshot, now) = await RequestSchedule.GetAsync(context);
        var version = snapshot is null ? null : Of(snapshot, now, IsEnhancedNavigation(context.Request));
        context.Items[ItemKey] = version;
        return version;
    }

    public static PageVersion Of(ScheduleSnapshot snapshot, DateTimeOffset now, bool enhancedNavigation)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lastModified = snapshot.LastModifiedUtc > AppBuild.TimeUtc ? snapshot.LastModifiedUtc : AppBuild.TimeUtc;
        var day = "";
        if (DefaultDayView.Applies(snapshot.Schedule))
        {
            var clock = new EventClock(snapshot.Schedule.Event.TimeZoneId);
            var today = clock.DateAt(now);
            day = "-" + DefaultDayView.DayFor(snapshot.Schedule, today).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            // The opening day changed at the venue's midnight, and the page with it.
            var midnight = clock.ToUtc(today, TimeOnly.MinValue);
            lastModified = midnight > lastModified ? midnight : lastModified;
        }

        // Feeds carry removed sessions' cancellations only until the event ends, with no save to mark that moment.
        var cancellations = snapshot.Cancellations.ArePublishedAt(now) ? "-c" : "";

        // Blazor frames a page fetched by enhanced navigation differently from a page loaded by the browser.
        var key = $"{snapshot.Version}-{AppBuild.Id}{day}{cancellations}{(enhancedNavigation ? "-e" : "")}";
        // Weak: the compressed and plain bodies of one version differ in bytes but not in meaning.
        return new PageVersion(key, new EntityTagHeaderValue($"\"{key}\"", isWeak: true), ConditionalRequest.ToHttpDate(lastModified));
    }

    private static bool IsEnhancedNavigation(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("blazor-enhanced-nav=on", StringComparison.OrdinalIgnoreCase) == true);
}
