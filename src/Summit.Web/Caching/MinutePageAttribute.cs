using System.Globalization;

namespace Summit.Web.Caching;

/// <summary>
/// Marks a public page that shows the venue at the current minute unless its <c>at</c> query names a moment (the venue
/// pages). Without <c>at</c> its version carries the minute, so no cached copy outlives the minute it describes, and
/// caches may keep it until that minute ends; with <c>at</c> its content changes only with the schedule, and caches may
/// keep it a minute. Either way a schedule change evicts it as it does every public page.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MinutePageAttribute : Attribute
{
    /// <summary>The query parameter that names the moment shown.</summary>
    public const string MomentQuery = "at";

    /// <summary>How long a page showing a named moment may be kept without asking.</summary>
    public static readonly TimeSpan NamedMomentMaxAge = TimeSpan.FromMinutes(1);

    /// <summary>The minute a page without <c>at</c> shows: the current one, from its first second.</summary>
    public static DateTimeOffset MinuteOf(DateTimeOffset now) =>
        new(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), now.Offset);

    /// <summary>The version of such a page for this request.</summary>
    public static PageVersion Version(PageVersion version, HttpRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.ContainsKey(MomentQuery))
        {
            // s-maxage too: a stored copy stays current for as long as its version does, so no Age counts against it.
            var seconds = (long)NamedMomentMaxAge.TotalSeconds;
            return version with { CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={seconds}, s-maxage={seconds}") };
        }

        var minute = MinuteOf(now);
        var left = minute.AddMinutes(1) - now;
        var key = version.Key + "-m" + minute.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        return version with
        {
            Key = key,
            ETag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{key}\"", isWeak: true),
            LastModified = ConditionalRequest.ToHttpDate((minute > version.LastModified ? minute : version.LastModified).UtcDateTime),
            // Whole seconds, rounded down, and no s-maxage: a copy served later from Summit's store carries its Age,
            // so no cache keeps it into the next minute.
            CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={Math.Max(1, (long)left.TotalSeconds)}"),
        };
    }
}
