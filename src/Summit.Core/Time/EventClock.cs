using System.Globalization;
using NodaTime;

namespace Summit.Core.Time;

/// <summary>
/// Turns event-local wall-clock times into what attendees read ("9:50am PDT") and into instants.
/// NodaTime carries its own tz database, so abbreviations and DST rules do not depend on the host.
/// </summary>
public sealed class EventClock
{
    private readonly DateTimeZone _zone;

    public EventClock(string timeZoneId)
    {
        _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"'{timeZoneId}' is not an IANA time zone id.", nameof(timeZoneId));
        TimeZoneId = timeZoneId;
    }

    public string TimeZoneId { get; }

    /// <summary>Every zone id of the tz database, in order, for organizers to choose from.</summary>
    public static IReadOnlyList<string> ZoneIds => DateTimeZoneProviders.Tzdb.Ids;

    /// <summary>True when the id names a zone in the tz database.</summary>
    public static bool IsKnownZone(string timeZoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null;

    /// <summary>The UTC instant of a wall-clock time; a time skipped by a DST change moves forward, as clocks do.</summary>
    public DateTime ToUtc(DateOnly day, TimeOnly time)
    {
        var local = new LocalDateTime(day.Year, day.Month, day.Day, time.Hour, time.Minute, time.Second);
        return local.InZoneLeniently(_zone).ToDateTimeUtc();
    }

    /// <summary>
    /// A wall-clock time with the zone's offset in force then (2012-10-15T09:50:00-07:00): the instant and the local time
    /// in one value, for data others read. A time skipped by a DST change moves forward, as <see cref="ToUtc"/> does.
    /// </summary>
    public DateTimeOffset ToOffsetTime(DateOnly day, TimeOnly time)
    {
        var local = new LocalDateTime(day.Year, day.Month, day.Day, time.Hour, time.Minute, time.Second);
        return local.InZoneLeniently(_zone).ToDateTimeOffset();
    }

    /// <summary>
    /// "2012-10-15T09:50-07:00": the wall-clock time with its offset, to the minute, as HTML's <c>time</c> element and
    /// schema.org read it. The page shows the venue's time and the attribute the instant, so a browser can convert it.
    /// </summary>
    public string ToIsoMinute(DateOnly day, TimeOnly time) =>
        ToOffsetTime(day, time).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>The date at the event's venue at that UTC instant.</summary>
    public DateOnly DateAt(DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(_zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }

    /// <summary>The wall-clock day and time at the venue at that UTC instant, to the minute.</summary>
    public (DateOnly Day, TimeOnly Time) At(DateTime utc)
    {
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(_zone).LocalDateTime;
        return (new DateOnly(local.Year, local.Month, local.Day), new TimeOnly(local.Hour, local.Minute));
    }

    /// <summary>The zone's abbreviation in force at that moment, such as PDT or PST.</summary>
    public string Abbreviation(DateOnly day, TimeOnly time) =>
        _zone.GetZoneInterval(Instant.FromDateTimeUtc(ToUtc(day, time))).Name;

    /// <summary>"9:50am", the compact 12-hour form conference schedules use.</summary>
    public static string FormatTime(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00}{suffix}");
    }

    /// <summary>"9:50am PDT".</summary>
    public string FormatTimeWithZone(DateOnly day, TimeOnly time) => $"{FormatTime(time)} {Abbreviation(day, time)}";

    /// <summary>"9:50am – 10:30am PDT".</summary>
    public string FormatRange(DateOnly day, TimeOnly start, TimeOnly end) =>
        $"{FormatTime(start)} – {FormatTime(end)} {Abbreviation(day, start)}";

    /// <summary>"Monday, October 15".</summary>
    public static string FormatDay(DateOnly day) => day.ToString("dddd, MMMM d", CultureInfo.InvariantCulture);
}
