using System.Globalization;

namespace Summit.Core.Filtering;

/// <summary>How facet values are written in URLs and read by attendees.</summary>
public static class FilterValues
{
    public const string DayFormat = "yyyy-MM-dd";

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string DayLabel(DateOnly day) => day.ToString("dddd d MMM", CultureInfo.InvariantCulture);

    public static string Kind(SessionKind kind) => kind.ToString().ToLowerInvariant();

    public static string KindLabel(SessionKind kind) => kind switch
    {
        SessionKind.Split => "Split session",
        SessionKind.Half => "Half session",
        _ => "Regular session",
    };

    public static string Status(SessionStatus status) => status.ToString().ToLowerInvariant();

    public static string StatusLabel(SessionStatus status) => status.ToString();

    public static bool TryParseDay(string value, out DateOnly day) =>
        DateOnly.TryParseExact(value, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryParseKind(string value, out SessionKind kind) => TryParseName(value, out kind);

    public static bool TryParseStatus(string value, out SessionStatus status) => TryParseName(value, out status);

    private static bool TryParseName<T>(string value, out T result)
        where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);
}
