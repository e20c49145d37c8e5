using System.Globalization;

namespace Summit.Organizer.Structure;

/// <summary>What <c>type=date</c> and <c>type=time</c> fields hold, both ways; unreadable text is null, which the editor refuses at the field.</summary>
public static class FieldValues
{
    /// <summary>"2012-10-15".</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>"09:50" or "09:50:00".</summary>
    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
