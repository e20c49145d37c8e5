using Summit.Core.Venue;
using Summit.Web.Caching;
using Summit.Web.Published;

namespace Summit.Web.Venue;

/// <summary>
/// The moment a venue page shows: the one its <c>?at=</c> names (organizers setting screens up, tests), else the
/// current minute from the request's one clock reading, the same minute its cache key names.
/// </summary>
public sealed record ShownMoment(DateTimeOffset At, bool Named, string? Problem)
{
    public static ShownMoment Of(HttpContext context, PublicScheduleRequest published)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(published);
        if (!context.Request.Query.TryGetValue(MinutePageAttribute.MomentQuery, out var values))
        {
            return new ShownMoment(MinutePageAttribute.MinuteOf(published.Now), false, null);
        }

        return VenueMoment.TryParse(values.ToString(), out var at, out var problem)
            ? new ShownMoment(at, true, null)
            : new ShownMoment(published.Now, true, problem);
    }

    /// <summary>The query that keeps this moment on links between venue pages: empty for the current one.</summary>
    public string Query => Named && Problem is null
        ? "?" + MinutePageAttribute.MomentQuery + "=" + Uri.EscapeDataString(At.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture))
        : "";
}
