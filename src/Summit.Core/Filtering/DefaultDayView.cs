namespace Summit.Core.Filtering;

/// <summary>
/// A large event opens on one day rather than on every session: at thousands of sessions the whole schedule is
/// megabytes of HTML that no phone on conference Wi-Fi should download to read this morning's sessions. It opens
/// on today during the event and on the first day otherwise; <c>day=all</c> still shows everything.
/// </summary>
public static class DefaultDayView
{
    /// <summary>Above this many sessions a schedule of several days opens on one day.</summary>
    public const int SessionThreshold = 150;

    /// <summary>Whether this schedule opens on one day.</summary>
    public static bool Applies(PublishedSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Days.Count > 1 && schedule.Sessions.Count > SessionThreshold;
    }

    /// <summary>The day it opens on: <paramref name="today"/> (at the venue) when that is an event day, else the first day.</summary>
    public static DateOnly DayFor(PublishedSchedule schedule, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Days.Contains(today) ? today : schedule.Days.Min();
    }

    /// <summary>
    /// The filter a page shows: the visitor's, or, when they chose no day on a large event, the opening day. The result
    /// says <see cref="ScheduleFilter.AllDays"/> so that removing that day shows every day rather than the default again.
    /// </summary>
    public static ScheduleFilter Apply(ScheduleFilter filter, PublishedSchedule schedule, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Days.Count == 0 && !filter.AllDays && Applies(schedule)
            ? filter with { Days = [DayFor(schedule, today)], AllDays = true }
            : filter;
    }
}
