namespace Summit.Core.Filtering;

/// <summary>
/// What the schedule page shows for one address on one day at the venue: the one place that decides it, so the page,
/// the health check and the page's cache key (through <see cref="DefaultDayView.OpeningDay"/>) cannot disagree.
/// </summary>
/// <param name="Filter">The filter applied: what the visitor asked for, or on a large event the opening day.</param>
/// <param name="Problems">The values of the address that could not be applied, with why.</param>
/// <param name="OpensOnOneDay">Whether the event opens on one day (a large event of several days).</param>
/// <param name="OnOpeningDay">Whether the visitor asked for nothing and sees the opening day.</param>
/// <param name="Result">The sessions shown and the counts of <see cref="Filter"/>.</param>
/// <param name="FormFacets">The counts the filter bar shows beside each choice.</param>
/// <param name="FeedFilter">The filter of the page's calendar links.</param>
/// <param name="FeedCount">How many sessions those calendar links hold.</param>
/// <param name="Chips">The active filter, described for removal one part at a time.</param>
/// <param name="Days">The sessions shown, by day and slot.</param>
public sealed record SchedulePageView(
    ScheduleFilter Filter,
    IReadOnlyList<FilterProblem> Problems,
    bool OpensOnOneDay,
    bool OnOpeningDay,
    FilterResult Result,
    FacetCounts FormFacets,
    ScheduleFilter FeedFilter,
    int FeedCount,
    IReadOnlyList<ActiveFilter> Chips,
    IReadOnlyList<DayGroup> Days)
{
    /// <param name="schedule">The published schedule.</param>
    /// <param name="index">Its filter index.</param>
    /// <param name="parsed">The filter read from the page's address.</param>
    /// <param name="today">The date at the venue now.</param>
    /// <param name="defaultDayThreshold">Above this many sessions an event of several days opens on one day.</param>
    public static SchedulePageView Decide(PublishedSchedule schedule, FilterIndex index, ParsedFilter parsed, DateOnly today, int defaultDayThreshold)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(parsed);
        var asked = parsed.Filter;
        var filter = DefaultDayView.Apply(asked, schedule, today, defaultDayThreshold);
        var onOpeningDay = filter.Days.Count > 0 && asked.Days.Count == 0;
        var result = index.Apply(filter);
        return new SchedulePageView(
            filter,
            parsed.Problems,
            DefaultDayView.Applies(schedule, defaultDayThreshold),
            onOpeningDay,
            result,
            // A choice in the bar gives what its count says. On the opening day no day is ticked and a tick or a search
            // covers every day (the bar's hidden day=all), so its counts are every day's, not the opening day's.
            onOpeningDay ? index.Apply(asked).Facets : result.Facets,
            // Calendar links follow what the visitor asked for, not the opening day: subscribing from the front page of
            // a large event must not tie a calendar to the day it happened to be opened on.
            onOpeningDay ? asked : filter,
            // The opening day is only ever chosen for a visitor who asked for nothing, so their feed is the whole schedule.
            onOpeningDay ? schedule.Sessions.Count : result.Sessions.Count,
            ActiveFilters.Describe(filter, schedule),
            ScheduleGrouping.ByDayAndSlot(result.Sessions));
    }
}
