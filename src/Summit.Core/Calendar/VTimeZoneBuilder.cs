using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace Summit.Core.Calendar;

/// <summary>
/// Writes the VTIMEZONE of an event's zone from NodaTime's tz database, for the dates the feed's sessions fall on.
/// </summary>
/// <remarks>
/// Every offset change near the event is spelled out as its own observance with an explicit DTSTART and the offsets
/// before and after, and no RRULE. Clients that read the VTIMEZONE (libical, ical.js, vobject) then need no rule that
/// was in force some other year: a yearly rule taken from today's tz data put sessions of Los Angeles in October 2006,
/// Mexico City in October 2022 or São Paulo in November 2018 one hour (ical.js: up to eight) off. The first observance
/// is the one in force before the first session, so no time falls before all of them.
/// </remarks>
public static class VTimeZoneBuilder
{
    /// <summary>How far before the first day and after the last the changes are listed: wall-clock days are not UTC days.</summary>
    private static readonly Duration Margin = Duration.FromDays(2);

    /// <summary>The DTSTART of a zone's only observance when the tz database knows no change before it.</summary>
    private static readonly LocalDateTime EarliestOnset = new(1970, 1, 1, 0, 0);

    /// <summary>The VTIMEZONE component, CRLF line ends included, covering every time on <paramref name="firstDay"/> to <paramref name="lastDay"/>.</summary>
    public static string Build(string timeZoneId, DateOnly firstDay, DateOnly lastDay)
    {
        using var writer = new ContentLineWriter();
        Write(writer, timeZoneId, firstDay, lastDay);
        return writer.ToString();
    }

    /// <summary>Writes the VTIMEZONE of <see cref="Build"/> into a calendar being written.</summary>
    internal static void Write(ContentLineWriter writer, string timeZoneId, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"'{timeZoneId}' is not an IANA time zone id.", nameof(timeZoneId));
        if (lastDay < firstDay)
        {
            (firstDay, lastDay) = (lastDay, firstDay);
        }

        // Wall-clock midnight read as UTC is within a day of the true instant in every zone, which the margin covers.
        var from = Instant.FromUtc(firstDay.Year, firstDay.Month, firstDay.Day, 0, 0) - Margin;
        var to = Instant.FromUtc(lastDay.Year, lastDay.Month, lastDay.Day, 0, 0) + Duration.FromDays(1) + Margin;

        writer.Line("BEGIN", "VTIMEZONE");
        writer.Line("TZID", timeZoneId);
        writer.Line("X-LIC-LOCATION", timeZoneId);
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            WriteObservance(writer, zone, interval);
        }

        writer.Line("END", "VTIMEZONE");
    }

    private static void WriteObservance(ContentLineWriter writer, DateTimeZone zone, ZoneInterval interval)
    {
        // An onset is written in the wall-clock time it interrupts, that is with the offset in force before it.
        LocalDateTime onset;
        Offset before;
        if (interval.HasStart)
        {
            before = zone.GetUtcOffset(interval.Start - Duration.Epsilon);
            onset = interval.Start.WithOffset(before).LocalDateTime;
        }
        else
        {
            before = interval.WallOffset;
            onset = EarliestOnset;
        }

        var kind = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
        writer.Line("BEGIN", kind);
        writer.Line("DTSTART", onset.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
        writer.Line("TZOFFSETFROM", FormatOffset(before));
        writer.Line("TZOFFSETTO", FormatOffset(interval.WallOffset));
        if (interval.Name.Length > 0)
        {
            writer.TextLine("TZNAME", interval.Name);
        }

        writer.Line("END", kind);
    }

    /// <summary>RFC 5545's UTC offset: ±hhmm, with seconds only when there are any (local mean times have them).</summary>
    private static string FormatOffset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? '-' : '+';
        seconds = Math.Abs(seconds);
        var (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{hours:00}{minutes:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{hours:00}{minutes:00}{rest:00}");
    }
}
