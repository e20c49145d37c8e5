using System.Globalization;
using NodaTime;

namespace Summit.Core.Import.Reading;

/// <summary>
/// The time zone a schedule file's times are in: the one it names, or, when it names none Summit knows, a fixed offset
/// guessed from its first timestamp (times are then read as the file writes them, and the import says so).
/// </summary>
internal sealed class EventZone
{
    private readonly DateTimeZone? _zone;

    private EventZone(string id, DateTimeZone? zone)
    {
        Id = id;
        _zone = zone;
    }

    /// <summary>The IANA id the event gets.</summary>
    public string Id { get; }

    /// <summary>
    /// The zone the file names (matched case-insensitively, as "europe/berlin" or "UTC"), else a guess from
    /// <paramref name="sampleOffset"/>, reported in <paramref name="builder"/> at <paramref name="where"/>.
    /// </summary>
    public static EventZone Resolve(string? name, TimeSpan? sampleOffset, ImportDocumentBuilder builder, string where)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length > 0)
        {
            var id = DateTimeZoneProviders.Tzdb.GetZoneOrNull(trimmed) is not null
                ? trimmed
                : DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(i => string.Equals(i, trimmed, StringComparison.OrdinalIgnoreCase));
            if (id is not null)
            {
                return new EventZone(id, DateTimeZoneProviders.Tzdb[id]);
            }
        }

        var guess = Guess(sampleOffset);
        var why = trimmed.Length == 0 ? "The file names no time zone" : $"\"{trimmed}\" is not a time zone Summit knows (an IANA name such as Europe/Berlin)";
        builder.Skip(where, $"{why}: times are read as the file writes them and the event's time zone is set to {guess}. Set the right one in the event settings after importing.");
        return new EventZone(guess, null);
    }

    /// <summary>
    /// The event-local day and time of a timestamp: converted into the zone when both the zone and the timestamp's
    /// offset are known, else the wall-clock time the file writes.
    /// </summary>
    public (DateOnly Day, TimeOnly Time) Local(DateTime wallClock, TimeSpan? offset)
    {
        if (_zone is not null && offset is { } o)
        {
            var local = Instant.FromDateTimeOffset(new DateTimeOffset(wallClock, o)).InZone(_zone).LocalDateTime;
            return (new DateOnly(local.Year, local.Month, local.Day), new TimeOnly(local.Hour, local.Minute, local.Second));
        }

        return (DateOnly.FromDateTime(wallClock), TimeOnly.FromDateTime(wallClock));
    }

    // The tz database's fixed-offset zones name whole hours with the sign reversed: UTC+1 is Etc/GMT-1.
    private static string Guess(TimeSpan? offset) =>
        offset is { } o && o != TimeSpan.Zero && o.Minutes == 0 && Math.Abs(o.Hours) <= 12
            ? string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(o.Hours > 0 ? "-" : "+")}{Math.Abs(o.Hours)}")
            : "UTC";
}
