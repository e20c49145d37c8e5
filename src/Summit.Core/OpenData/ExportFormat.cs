using System.Globalization;

namespace Summit.Core.OpenData;

/// <summary>How both writers spell dates, times and lengths, and who they say wrote the file.</summary>
internal static class ExportFormat
{
    public const string GeneratorName = "Summit";

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2012-10-15T09:50:00-07:00": wall-clock time at the venue with its offset.</summary>
    public static string DateTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"09:50".</summary>
    public static string Time(DateTimeOffset time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"00:40", "01:30": hours and minutes, as the format writes lengths.</summary>
    public static string Duration(TimeSpan length) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)length.TotalHours:00}:{length.Minutes:00}");

    public static string Minutes(int minutes) => Duration(TimeSpan.FromMinutes(minutes));

    /// <summary>
    /// About how many bytes a file of this export takes: its buffer starts that large instead of doubling its way
    /// there (at 2,000 sessions, doubling allocated four times the 3 MB written).
    /// </summary>
    public static int EstimatedBytes(ScheduleExport export)
    {
        const int PerEvent = 900;
        long total = 16 * 1024;
        foreach (var day in export.Days)
        {
            foreach (var room in day.Rooms)
            {
                foreach (var e in room.Events)
                {
                    total += PerEvent + e.Abstract.Length + (e.Description?.Length ?? 0);
                }
            }
        }

        return (int)Math.Min(total, Array.MaxLength);
    }
}
