using Summit.Core.Filtering;

namespace Summit.Web.Agenda;

/// <summary>
/// Where a star pressed without JavaScript leads back to: the page's path and, on the schedule, its canonical filter,
/// never the request's whole address, whose tracking parameters and junk would be copied into every star form of a
/// shared, cached page.
/// </summary>
public static class StarReturn
{
    /// <summary>The name of the cascading value through which a page gives its star buttons its address.</summary>
    public const string CascadeName = "StarReturnAddress";

    /// <summary>The schedule's address for the filter a visitor asked for.</summary>
    public static string ForSchedule(ScheduleFilter filter) => "/" + FilterQuery.ToQueryString(filter);

    /// <summary>The grid's address for the filter a visitor asked for.</summary>
    public static string ForGrid(ScheduleFilter filter) => "/grid" + FilterQuery.ToQueryString(filter);

    /// <summary>A path on this site taken from a form or an address; anything else leads to the schedule.</summary>
    public static string Safe(string? candidate) => LocalUrls.OrDefault(candidate, "/");

    /// <summary>What a link back to <paramref name="address"/> says.</summary>
    public static string BackLabel(string address) =>
        address.StartsWith("/sessions/", StringComparison.Ordinal) ? "Back to the session"
        : IsAgenda(address) ? "Back to my agenda"
        : "Back to the schedule";

    public static bool IsAgenda(string address) =>
        address == "/agenda" || address.StartsWith("/agenda#", StringComparison.Ordinal) || address.StartsWith("/agenda?", StringComparison.Ordinal);

    /// <summary>The page that tells a visitor without JavaScript what their star did.</summary>
    public static string Landing(string sessionSlug, bool starred, string returnAddress) =>
        $"/agenda/starred?session={Uri.EscapeDataString(sessionSlug)}&starred={(starred ? "true" : "false")}&return={Uri.EscapeDataString(returnAddress)}";
}
