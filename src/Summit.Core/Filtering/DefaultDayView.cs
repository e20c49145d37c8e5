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
    /// The filter a page shows. A visitor who asked for nothing sees the opening day; one who asked for anything (a
    /// search, a track, a day) sees it across the days they chose, every day if none. On a large event the result
    /// says <see cref="ScheduleFilter.AllDays"/>, so that links made from it which drop the day show every day
    /// rather than the opening day again.
    /// </summary>
    public static ScheduleFilter Apply(ScheduleFilter filter, PublishedSchedule schedule, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!Applies(schedule))
        {
            return filter;
        }

        if (filter.IsEmpty && !filter.AllDays)
        {
            return filter with { Days = [DayFor(schedule, today)], AllDays = true };
        }

        return filter.AllDays ? filter : filter with { AllDays = true };
    }
}
