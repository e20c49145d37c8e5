using System.Globalization;

namespace Summit.Core.Time;

/// <summary>A configured duration as a page states it: "a minute", "30 seconds", "24 hours", "7 days".</summary>
public static class DurationText
{
    /// <summary>
    /// The largest unit that states <paramref name="duration"/> exactly: days from two days up, hours, minutes, else
    /// seconds (rounded up, so a limit is never understated as shorter than it is).
    /// </summary>
    public static string Describe(TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerDay == 0 && duration.Days >= 2)
        {
            return Count(duration.Days, "day", "a day");
        }

        if (duration.Ticks % TimeSpan.TicksPerHour == 0 && duration.Ticks > 0)
        {
            return Count((long)duration.TotalHours, "hour", "an hour");
        }

        if (duration.Ticks % TimeSpan.TicksPerMinute == 0 && duration.Ticks > 0)
        {
            return Count((long)duration.TotalMinutes, "minute", "a minute");
        }

        return Count((long)Math.Max(1, Math.Ceiling(duration.TotalSeconds)), "second", "a second");
    }

    private static string Count(long count, string unit, string one) =>
        count == 1 ? one : string.Create(CultureInfo.InvariantCulture, $"{count} {unit}s");
}
