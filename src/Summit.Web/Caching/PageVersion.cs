using Microsoft.Net.Http.Headers;

namespace Summit.Web.Caching;

/// <summary>
/// What a public page's content depends on besides its URL: the schedule snapshot, the build, and for a large event
/// the day it opens on. Equal keys mean equal HTML, which makes the key both the ETag and the output cache's vary value.
/// </summary>
public sealed record PageVersion(string Key, EntityTagHeaderValue ETag, DateTimeOffset LastModified)
{
    /// <summary>The page's own Cache-Control, for pages that caches may keep a while (<see cref="MinutePageAttribute"/>); null for the usual one.</summary>
    public string? CacheControl { get; init; }

    /// <param name="snapshot">The snapshot the page is made from.</param>
    /// <param name="now">The time the page is served at.</param>
    /// <param name="openingDay">The day a large event's schedule opens on today, as the page decides it; null when it opens on every day.</param>
    /// <param name="enhancedNavigation">Whether the page is fetched by Blazor's enhanced navigation.</param>
    public static PageVersion Of(ScheduleSnapshot snapshot, DateTimeOffset now, DateOnly? openingDay, bool enhancedNavigation)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lastModified = snapshot.LastModifiedUtc > AppBuild.TimeUtc ? snapshot.LastModifiedUtc : AppBuild.TimeUtc;
        var day = "";
        if (openingDay is { } opening)
        {
            day = "-" + opening.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            // The opening day changed at the venue's midnight, and the page with it.
            var midnight = snapshot.Clock.ToUtc(snapshot.Clock.DateAt(now), TimeOnly.MinValue);
            lastModified = midnight > lastModified ? midnight : lastModified;
        }

        // Feeds carry removed sessions' cancellations only until the event ends, with no save to mark that moment.
        var cancellations = snapshot.Cancellations.ArePublishedAt(now) ? "-c" : "";

        // Blazor frames a page fetched by enhanced navigation differently from a page loaded by the browser.
        var key = $"{snapshot.Version}-{AppBuild.Id}{day}{cancellations}{(enhancedNavigation ? "-e" : "")}";
        // Weak: the compressed and plain bodies of one version differ in bytes but not in meaning.
        return new PageVersion(key, new EntityTagHeaderValue($"\"{key}\"", isWeak: true), ConditionalRequest.ToHttpDate(lastModified));
    }
}
