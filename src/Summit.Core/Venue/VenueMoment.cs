using System.Globalization;

namespace Summit.Core.Venue;

/// <summary>
/// Reads the moment a venue page shows (<c>?at=2012-10-16T11:05-07:00</c>): an ISO 8601 date and time to the minute or
/// second, with its offset from UTC (or Z). An offset is required: "11:05" alone names a different instant in every zone.
/// </summary>
public static class VenueMoment
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    /// <summary>The moment the text names; false with a reason for the visitor when it names none.</summary>
    public static bool TryParse(string text, out DateTimeOffset moment, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A "+" written into an address unescaped arrives as a space: "…T11:05 02:00" meant "+02:00".
        var trimmed = text.Trim();
        var candidate = trimmed.Length > 6 && trimmed[^6] == ' ' ? trimmed[..^6] + "+" + trimmed[^5..] : trimmed;
        if (DateTimeOffset.TryParseExact(candidate, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment))
        {
            problem = "";
            return true;
        }

        problem = $"“{text}” is not a moment Summit can read: give a date, a time and the offset from UTC, "
            + "such as at=2012-10-16T11:05-07:00 (or …T18:05Z for UTC).";
        return false;
    }
}
