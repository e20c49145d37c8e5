using System.Globalization;
using Summit.Core.Content;

namespace Summit.Core.Calendar;

/// <summary>
/// Writes sessions as an RFC 5545 calendar that Google, Outlook, Apple Calendar and Thunderbird all accept:
/// zoned times with a VTIMEZONE, stable UIDs, SEQUENCE from the session's revision, and stamps from its last
/// change, so the same schedule always gives the same bytes. Every text value is written without control characters,
/// whatever is stored. Properties come in alphabetical order, as the calendar library Summit first used wrote them,
/// so feeds kept their bytes when it was replaced.
/// </summary>
public static class IcsWriter
{
    public const string ProductId = "-//Summit//Summit schedule//EN";

    /// <summary>Marks the title of a removed session's cancellation.</summary>
    public const string CancelledPrefix = "Cancelled: ";

    private const string UidDomain = "@summit";

    /// <summary>About what one event takes, so that a feed's buffer seldom has to grow.</summary>
    private const int OctetsPerEvent = 1800;

    public static string Write(EventInfo conference, IEnumerable<ScheduledSession> sessions, FeedDescription feed, SessionTexts? texts = null) =>
        WriteWithCancellations(conference, sessions, [], feed, texts);

    /// <summary>
    /// A calendar of sessions followed by the cancellations of removed sessions the feed had carried. Each session's
    /// description comes from the schedule's kept <see cref="SessionTexts"/>, or is made afresh without them.
    /// </summary>
    public static string WriteWithCancellations(EventInfo conference, IEnumerable<ScheduledSession> sessions, IReadOnlyCollection<CancelledSession> cancelled, FeedDescription feed, SessionTexts? texts = null)
    {
        using var writer = WriteCalendar(conference, sessions, cancelled, feed, texts);
        return writer.ToString();
    }

    /// <summary>The calendar of <see cref="WriteWithCancellations"/> as the UTF-8 octets a response sends.</summary>
    public static byte[] WriteUtf8(EventInfo conference, IEnumerable<ScheduledSession> sessions, IReadOnlyCollection<CancelledSession> cancelled, FeedDescription feed, SessionTexts? texts = null)
    {
        using var writer = WriteCalendar(conference, sessions, cancelled, feed, texts);
        return writer.Written.ToArray();
    }

    /// <summary>The session's permanent identity in calendars: unchanged by renames, moves or new feeds.</summary>
    public static string UidOf(ScheduledSession session) => $"{session.Uid:D}{UidDomain}";

    private static ContentLineWriter WriteCalendar(EventInfo conference, IEnumerable<ScheduledSession> sessions, IReadOnlyCollection<CancelledSession> cancelled, FeedDescription feed, SessionTexts? texts)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(cancelled);
        ArgumentNullException.ThrowIfNull(feed);

        var included = sessions as IReadOnlyCollection<ScheduledSession> ?? [.. sessions];
        var writer = new ContentLineWriter(((included.Count + cancelled.Count) * OctetsPerEvent) + 2048);
        try
        {
            WriteHeader(writer, conference, feed);
            // A feed without events refers to no zone, so it needs none; a cancellation's times need it as much as a session's.
            if (DayRange(included, cancelled) is var (first, last))
            {
                VTimeZoneBuilder.Write(writer, conference.TimeZoneId, first, last);
            }

            var venue = conference.Venue.Trim();
            var addressPrefix = SessionAddress.PrefixOn(feed.SiteBase);
            foreach (var session in included)
            {
                WriteEvent(writer, session, conference.TimeZoneId, venue, new Address(feed.SiteBase, addressPrefix, session.Slug), texts);
            }

            foreach (var removed in cancelled)
            {
                WriteCancellation(writer, removed, conference.TimeZoneId, venue, feed.SiteBase, new Address(feed.SiteBase, addressPrefix, removed.AsItWas.Slug));
            }

            writer.Line("END", "VCALENDAR");
            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <remarks>
    /// No METHOD: a subscription is not an iTIP message, and <c>METHOD:PUBLISH</c> would require an ORGANIZER in every
    /// event (RFC 5546), which libical checks.
    /// </remarks>
    private static void WriteHeader(ContentLineWriter writer, EventInfo conference, FeedDescription feed)
    {
        var refresh = FormatDuration(feed.RefreshInterval);
        writer.Line("BEGIN", "VCALENDAR");
        writer.TextLine("NAME", feed.Name);
        writer.TextLine("PRODID", ProductId);
        // REFRESH-INTERVAL is RFC 7986's; X-PUBLISHED-TTL is Outlook's name for the same.
        writer.Name("REFRESH-INTERVAL").Parameter("VALUE", "DURATION").Colon().Raw(refresh).End();
        writer.Line("VERSION", "2.0");
        writer.TextLine("X-PUBLISHED-TTL", refresh);
        writer.TextLine("X-WR-CALNAME", feed.Name);
        writer.TextLine("X-WR-TIMEZONE", conference.TimeZoneId);
    }

    private static (DateOnly First, DateOnly Last)? DayRange(IReadOnlyCollection<ScheduledSession> sessions, IReadOnlyCollection<CancelledSession> cancelled)
    {
        (DateOnly First, DateOnly Last)? range = null;
        foreach (var day in sessions.Select(s => s.Day).Concat(cancelled.Select(c => c.AsItWas.Day)))
        {
            range = range is var (first, last) ? (day < first ? day : first, day > last ? day : last) : (day, day);
        }

        return range;
    }

    private static void WriteEvent(ContentLineWriter writer, ScheduledSession session, string timeZoneId, string venue, Address address, SessionTexts? texts)
    {
        var stamp = session.LastModifiedUtc;
        var description = texts?.FeedDescriptionOf(session) ?? EventDescription.BodyOf(session);
        // A cancelled session takes no time: calendars must not show its hours as busy.
        var (status, transparency) = session.Status switch
        {
            SessionStatus.Cancelled => ("CANCELLED", "TRANSPARENT"),
            SessionStatus.Tentative => ("TENTATIVE", "OPAQUE"),
            _ => ("CONFIRMED", "OPAQUE"),
        };
        WriteEvent(writer, session, timeZoneId, venue, session.Title, description, address, stamp, session.Revision, status, transparency);
    }

    /// <summary>
    /// A removed session's event under its own UID, one SEQUENCE higher, cancelled, taking no time and titled so that a
    /// calendar which shows cancelled events anyway does not pass for the session taking place.
    /// </summary>
    private static void WriteCancellation(ContentLineWriter writer, CancelledSession cancelled, string timeZoneId, string venue, Uri siteBase, Address address)
    {
        var session = cancelled.AsItWas;
        WriteEvent(writer, session, timeZoneId, venue, CancelledPrefix + session.Title, EventDescription.CancelledBodyOf(cancelled, siteBase), address,
            cancelled.RemovedUtc, cancelled.Sequence, "CANCELLED", "TRANSPARENT");
    }

    private static void WriteEvent(
        ContentLineWriter writer, ScheduledSession session, string timeZoneId, string venue,
        string summary, string description, Address address, DateTime stampUtc, int sequence, string status, string transparency)
    {
        writer.Line("BEGIN", "VEVENT");
        if (session.Track is { } track)
        {
            writer.TextLine("CATEGORIES", track.Name);
        }

        writer.Name("DESCRIPTION").Colon().Text(description).Text(address.Prefix).Text(address.Rest).End();
        writer.ZonedLine("DTEND", timeZoneId, session.Day, session.End);
        writer.UtcLine("DTSTAMP", stampUtc);
        writer.ZonedLine("DTSTART", timeZoneId, session.Day, session.Start);
        writer.UtcLine("LAST-MODIFIED", stampUtc);
        // Where to go: the room, then the venue ("Windsor BC, San Diego"), so a map or a colleague can find it.
        writer.Name("LOCATION").Colon().Text(session.Room.Name);
        if (venue.Length > 0)
        {
            writer.Text(", ").Text(venue);
        }

        writer.End();
        Span<char> number = stackalloc char[11];
        sequence.TryFormat(number, out var digits, provider: CultureInfo.InvariantCulture);
        writer.Line("SEQUENCE", number[..digits]);
        writer.Line("STATUS", status);
        writer.TextLine("SUMMARY", summary);
        writer.Line("TRANSP", transparency);
        Span<char> uid = stackalloc char[36];
        session.Uid.TryFormat(uid, out var uidLength, "D");
        writer.Name("UID").Colon().Raw(uid[..uidLength]).Raw(UidDomain).End();
        writer.Name("URL").Colon().Raw(address.Prefix).Raw(address.Rest).End();
        writer.Line("END", "VEVENT");
    }

    private static string FormatDuration(TimeSpan span)
    {
        var minutes = (long)Math.Max(1, Math.Round(span.TotalMinutes));
        return minutes % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"PT{minutes / 60}H")
            : string.Create(CultureInfo.InvariantCulture, $"PT{minutes}M");
    }

    /// <summary>A session page's address in two parts, so that the common case needs no string of its own per event.</summary>
    private readonly struct Address(Uri siteBase, string? prefix, string slug)
    {
        public string Prefix { get; } = prefix is not null && SessionAddress.IsPlain(slug) ? prefix : SessionAddress.Of(siteBase, slug);

        public string Rest { get; } = prefix is not null && SessionAddress.IsPlain(slug) ? slug : "";
    }
}
