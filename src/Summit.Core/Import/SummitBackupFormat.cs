using System.Globalization;
using Summit.Core.Releases;

namespace Summit.Core.Import;

/// <summary>
/// The shape of a Summit backup (<c>export FILE</c>): its marker, version, property names and how values are spelled.
/// The writer and the reader both use these, so a backup one Summit writes another reads.
/// </summary>
public static class SummitBackupFormat
{
    /// <summary>The value of the first property, <c>"format"</c>, that tells a backup from a c3voc schedule.json.</summary>
    public const string Marker = "summit-backup";

    /// <summary>The version this Summit writes and the newest it reads.</summary>
    public const int Version = 1;

    public const string Format = "format";
    public const string FormatVersion = "version";
    public const string Event = "event";
    public const string Days = "days";
    public const string Rooms = "rooms";
    public const string Tracks = "tracks";
    public const string People = "people";
    public const string Sessions = "sessions";

    public const string Name = "name";
    public const string Slug = "slug";
    public const string Acronym = "acronym";
    public const string Subtitle = "subtitle";
    public const string Venue = "venue";
    public const string TimeZone = "timeZone";
    public const string BannerText = "bannerText";
    public const string BannerLinkLabel = "bannerLinkLabel";
    public const string BannerLinkUrl = "bannerLinkUrl";
    public const string ImageOrigins = "imageOrigins";
    public const string PublishMode = "publishMode";

    public const string Date = "date";
    public const string Slots = "slots";
    public const string Start = "start";
    public const string End = "end";
    public const string Capacity = "capacity";

    public const string Guid = "guid";
    public const string Title = "title";
    public const string Description = "description";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string LeadWanted = "leadWanted";
    public const string OpenForOnDemand = "openForOnDemand";
    public const string Day = "day";
    public const string Room = "room";
    public const string Track = "track";
    public const string Leads = "leads";
    public const string Person = "person";
    public const string Tentative = "tentative";
    public const string Subjects = "subjects";

    private const string DateFormat = "yyyy-MM-dd";
    private const string MinuteFormat = "HH:mm";
    private const string SecondFormat = "HH:mm:ss";

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>"09:40", or "09:40:30" for the rare slot that does not start on a minute.</summary>
    public static string FormatTime(TimeOnly time) =>
        time.ToString(time.Second == 0 && time.Ticks % TimeSpan.TicksPerSecond == 0 ? MinuteFormat : SecondFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, [MinuteFormat, SecondFormat], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    // Enum values are spelled out here rather than by the enum's names, so renaming a member never changes old backups.
    private static readonly (SessionKind Value, string Text)[] KindNames = [(SessionKind.Regular, "regular"), (SessionKind.Split, "split"), (SessionKind.Half, "half")];

    private static readonly (SessionStatus Value, string Text)[] StatusNames =
        [(SessionStatus.Confirmed, "confirmed"), (SessionStatus.Tentative, "tentative"), (SessionStatus.Cancelled, "cancelled")];

    private static readonly (Releases.PublishMode Value, string Text)[] PublishModeNames =
        [(Releases.PublishMode.Immediately, "immediately"), (Releases.PublishMode.WhenReleased, "whenReleased")];

    public static string FormatKind(SessionKind kind) => Text(KindNames, kind);

    public static string FormatStatus(SessionStatus status) => Text(StatusNames, status);

    public static string FormatPublishMode(PublishMode mode) => Text(PublishModeNames, mode);

    public static bool TryParseKind(string? text, out SessionKind kind) => TryValue(KindNames, text, out kind);

    public static bool TryParseStatus(string? text, out SessionStatus status) => TryValue(StatusNames, text, out status);

    public static bool TryParsePublishMode(string? text, out PublishMode mode) => TryValue(PublishModeNames, text, out mode);

    /// <summary>The spellings a backup accepts for a value, for messages ("regular, split or half").</summary>
    internal static string KindChoices => Choices(KindNames);

    internal static string StatusChoices => Choices(StatusNames);

    internal static string PublishModeChoices => Choices(PublishModeNames);

    private static string Text<T>((T Value, string Text)[] names, T value)
        where T : struct, Enum
    {
        foreach (var (v, text) in names)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "A value the backup format has no name for.");
    }

    private static bool TryValue<T>((T Value, string Text)[] names, string? text, out T value)
        where T : struct, Enum
    {
        foreach (var (v, t) in names)
        {
            if (string.Equals(t, text, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Choices<T>((T Value, string Text)[] names) =>
        string.Join(", ", names[..^1].Select(n => n.Text)) + " or " + names[^1].Text;
}
