namespace Summit.Core.Filtering;

/// <summary>
/// A large event opens on one day rather than on every session: at thousands of sessions the whole schedule is
/// megabytes of HTML that no phone on conference Wi-Fi should download to read this morning's sessions. It opens
/// on today during the event and on the first day otherwise; <c>day=all</c> still shows everything.
/// </summary>
public static class DefaultDayView
{
    /// <summary>Whether this schedule opens on one day: it has several days and more than <paramref name="threshold"/> sessions.</summary>
    public static bool Applies(PublishedSchedule schedule, int threshold = ScheduleViewOptions.DefaultDayThresholdDefault)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Days.Count > 1 && schedule.Sessions.Count > threshold;
    }

    /// <summary>The day this schedule opens on, or null when it opens on every day.</summary>
    public static DateOnly? OpeningDay(PublishedSchedule schedule, DateOnly today, int threshold = ScheduleViewOptions.DefaultDayThresholdDefault) =>
        Applies(schedule, threshold) ? DayFor(schedule, today) : null;

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
    public static ScheduleFilter Apply(ScheduleFilter filter, PublishedSchedule schedule, DateOnly today, int threshold = ScheduleViewOptions.DefaultDayThresholdDefault)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (OpeningDay(schedule, today, threshold) is not { } openingDay)
        {
            return filter;
        }

        if (filter.IsEmpty && !filter.AllDays)
        {
            return filter with { Days = [openingDay], AllDays = true };
        }

        return filter.AllDays ? filter : filter with { AllDays = true };
    }
}
