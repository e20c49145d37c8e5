using System.Globalization;
using System.Text.RegularExpressions;

namespace Summit.Core.Import.Reading;

/// <summary>Clock times, durations and timestamps as schedule files and spreadsheets write them.</summary>
internal static partial class TimeText
{
    /// <summary>"09:30", "9:30", "9.30", "9:30:15", "14h30", "2:30 pm", "2pm", "12:15 a.m.".</summary>
    public static bool TryParseClock(string? text, out TimeOnly time)
    {
        time = default;
        var match = ClockPattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            // A bare "9" is not a time; "9pm" is.
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>
    /// "0:40", "01:30", "1:30:00" (hours:minutes[:seconds], as frab and c3voc write them), "45" (minutes),
    /// "45 min", "1h30", "1 h", "1.5 hours", "PT1H30M".
    /// </summary>
    public static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = default;
        var value = text?.Trim() ?? "";
        var clock = DurationClockPattern().Match(value);
        if (clock.Success)
        {
            var minutes = int.Parse(clock.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var seconds = clock.Groups["s"].Success ? int.Parse(clock.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            if (minutes > 59 || seconds > 59)
            {
                return false;
            }

            duration = new TimeSpan(int.Parse(clock.Groups["h"].ValueSpan, CultureInfo.InvariantCulture), minutes, seconds);
            return true;
        }

        var units = DurationUnitsPattern().Match(value);
        if (units.Success && (units.Groups["h"].Success || units.Groups["m"].Success))
        {
            var hours = units.Groups["h"].Success ? double.Parse(units.Groups["h"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
            var minutes = units.Groups["m"].Success ? int.Parse(units.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            duration = TimeSpan.FromMinutes(Math.Round(hours * 60) + minutes);
            return true;
        }

        var iso = IsoDurationPattern().Match(value);
        if (iso.Success && (iso.Groups["h"].Success || iso.Groups["m"].Success))
        {
            var hours = iso.Groups["h"].Success ? int.Parse(iso.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            var minutes = iso.Groups["m"].Success ? int.Parse(iso.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            duration = new TimeSpan(hours, minutes, 0);
            return true;
        }

        return false;
    }

    /// <summary>
    /// An ISO 8601 timestamp, "2020-12-14T09:00:00+01:00" or without an offset: the wall-clock time it writes and the
    /// offset when it has one (a timestamp without one is read as event-local time, never as the server's).
    /// </summary>
    public static bool TryParseTimestamp(string? text, out DateTime wallClock, out TimeSpan? offset)
    {
        wallClock = default;
        offset = null;
        var value = text?.Trim() ?? "";
        if (!TimestampPattern().IsMatch(value))
        {
            return false;
        }

        if (OffsetPattern().IsMatch(value))
        {
            if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return false;
            }

            wallClock = withOffset.DateTime;
            offset = withOffset.Offset;
            return true;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out wallClock);
    }

    /// <summary>"2020-12-14" (also the date part of a timestamp).</summary>
    public static bool TryParseIsoDate(string? text, out DateOnly date)
    {
        var value = text?.Trim() ?? "";
        return DateOnly.TryParseExact(value.Length > 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:(?:[:.h])(?<m>\d{2})(?::(?<s>\d{2}))?)?\s*(?<ampm>[ap]\.?\s?m\.?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^(?<h>\d{1,3}):(?<m>\d{1,2})(?::(?<s>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationClockPattern();

    [GeneratedRegex(@"^(?:(?<h>\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?)\s*)?(?:(?<m>\d+)\s*(?:m|min|mins|minutes?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationUnitsPattern();

    [GeneratedRegex(@"^PT(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDurationPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OffsetPattern();
}
