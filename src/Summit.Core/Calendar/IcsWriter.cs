using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Summit.Core.Content;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Core.Calendar;

/// <summary>
/// Writes sessions as an RFC 5545 calendar that Google, Outlook, Apple Calendar and Thunderbird all accept:
/// zoned times with a VTIMEZONE, stable UIDs, SEQUENCE from the session's revision, and stamps from its last
/// change, so the same schedule always gives the same bytes. Every text value is written without control characters
/// (<see cref="CalendarText.Clean"/>), whatever is stored.
/// </summary>
public static class IcsWriter
{
    public const string ProductId = "-//Summit//Summit schedule//EN";

    /// <summary>Marks the title of a removed session's cancellation.</summary>
    public const string CancelledPrefix = "Cancelled: ";

    private const string CalendarEnd = "END:VCALENDAR\r\n";

    private static readonly ConditionalWeakTable<ScheduledSession, EventText> EventTexts = [];

    public static string Write(EventInfo conference, IEnumerable<ScheduledSession> sessions, FeedDescription feed) =>
        WriteWithCancellations(conference, sessions, [], feed);

    /// <summary>A calendar of sessions followed by the cancellations of removed sessions the feed had carried.</summary>
    public static string WriteWithCancellations(EventInfo conference, IEnumerable<ScheduledSession> sessions, IReadOnlyCollection<CancelledSession> cancelled, FeedDescription feed)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(cancelled);
        ArgumentNullException.ThrowIfNull(feed);

        // One serializer per call, used for each event in turn: Ical.Net's serializers keep state and are not thread-safe.
        var serializer = new CalendarSerializer();
        var included = sessions as IReadOnlyCollection<ScheduledSession> ?? [.. sessions];
        var header = Header(conference, feed, serializer);
        var text = new StringBuilder(header.Length + 2048);
        text.Append(header);
        // A feed without events refers to no zone, so it needs none; a cancellation's times need it as much as a session's.
        var days = included.Select(s => s.Day).Concat(cancelled.Select(c => c.AsItWas.Day)).ToList();
        if (days.Count > 0)
        {
            text.Append(VTimeZoneBuilder.Build(conference.TimeZoneId, days.Min(), days.Max()));
        }

        foreach (var session in included)
        {
            text.Append(EventOf(session, conference, feed.SiteBase, serializer));
        }

        foreach (var removed in cancelled)
        {
            text.Append(Serialize(serializer, ToCancelledEvent(removed, conference, feed.SiteBase)));
        }

        return text.Append(CalendarEnd).ToString();
    }

    /// <summary>
    /// Makes and keeps the event text of each session for feeds of this site, so that the first feed after a change
    /// does not pay for it. Safe to run beside <see cref="Write"/>.
    /// </summary>
    public static void Prepare(EventInfo conference, IEnumerable<ScheduledSession> sessions, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(siteBase);
        var serializer = new CalendarSerializer();
        foreach (var session in sessions)
        {
            _ = EventOf(session, conference, siteBase, serializer);
        }
    }

    /// <summary>The session's permanent identity in calendars: unchanged by renames, moves or new feeds.</summary>
    public static string UidOf(ScheduledSession session) => $"{session.Uid:D}@summit";

    /// <summary>
    /// The calendar's properties, up to where the time zone and the events go. Serialized as a calendar without
    /// components and cut before its closing line, so it is exactly what Ical.Net writes for the whole calendar.
    /// </summary>
    /// <remarks>
    /// No METHOD: a subscription is not an iTIP message, and <c>METHOD:PUBLISH</c> would require an ORGANIZER in every
    /// event (RFC 5546), which libical checks.
    /// </remarks>
    private static string Header(EventInfo conference, FeedDescription feed, CalendarSerializer serializer)
    {
        var calendar = new IcalCalendar { ProductId = ProductId };
        var refresh = FormatDuration(feed.RefreshInterval);
        var name = CalendarText.Clean(feed.Name);
        calendar.AddProperty("NAME", name);
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", conference.TimeZoneId);
        var refreshInterval = new Ical.Net.CalendarProperty("REFRESH-INTERVAL", refresh);
        refreshInterval.Parameters.Set("VALUE", "DURATION");
        calendar.AddProperty(refreshInterval);
        calendar.AddProperty("X-PUBLISHED-TTL", refresh);

        var serialized = Serialize(serializer, calendar);
        if (!serialized.EndsWith(CalendarEnd, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Ical.Net did not end the calendar with END:VCALENDAR.");
        }

        return serialized[..^CalendarEnd.Length];
    }

    /// <summary>
    /// One session's VEVENT, folded. Making it (Markdown to text, Ical.Net, folding) costs about 50 µs and 100 KB of
    /// garbage, so each read-model session's text is kept for as long as that session object lives (a snapshot keeps
    /// it): a feed of 2,000 sessions is then a concatenation, whatever its filter.
    /// </summary>
    private static string EventOf(ScheduledSession session, EventInfo conference, Uri siteBase, CalendarSerializer serializer)
    {
        var (timeZoneId, venue) = (conference.TimeZoneId, conference.Venue);
        if (EventTexts.TryGetValue(session, out var known) && known.TimeZoneId == timeZoneId && known.Venue == venue && known.SiteBase == siteBase)
        {
            return known.Text;
        }

        var text = Serialize(serializer, ToEvent(session, conference, siteBase));
        EventTexts.AddOrUpdate(session, new EventText(timeZoneId, venue, siteBase, text));
        return text;
    }

    private static string Serialize(CalendarSerializer serializer, object component) =>
        IcsLineFolder.Refold(serializer.SerializeToString(component) ?? "");

    private sealed record EventText(string TimeZoneId, string Venue, Uri SiteBase, string Text);

    private static CalendarEvent ToEvent(ScheduledSession session, EventInfo conference, Uri siteBase)
    {
        var timeZoneId = conference.TimeZoneId;
        var stamp = DateTime.SpecifyKind(session.LastModifiedUtc, DateTimeKind.Utc);
        var calendarEvent = new CalendarEvent
        {
            Uid = UidOf(session),
            Summary = CalendarText.Clean(session.Title),
            DtStart = new CalDateTime(session.Day, session.Start, timeZoneId),
            DtEnd = new CalDateTime(session.Day, session.End, timeZoneId),
            DtStamp = new CalDateTime(stamp, "UTC", hasTime: true),
            LastModified = new CalDateTime(stamp, "UTC", hasTime: true),
            Sequence = session.Revision,
            Status = session.Status switch
            {
                SessionStatus.Cancelled => "CANCELLED",
                SessionStatus.Tentative => "TENTATIVE",
                _ => "CONFIRMED",
            },
            Location = CalendarText.Clean(LocationOf(session, conference)),
            Url = SessionUrl(siteBase, session),
            Description = CalendarText.Clean(DescriptionOf(session, siteBase)),
            // A cancelled session takes no time: calendars must not show its hours as busy.
            Transparency = session.Status == SessionStatus.Cancelled ? "TRANSPARENT" : "OPAQUE",
        };
        if (session.Track is { } track)
        {
            calendarEvent.Categories.Add(CalendarText.Clean(track.Name));
        }

        return calendarEvent;
    }

    /// <summary>Where to go: the room, then the venue ("Windsor BC, San Diego"), so a map or a colleague can find it.</summary>
    public static string LocationOf(ScheduledSession session, EventInfo conference)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(conference);
        var venue = conference.Venue.Trim();
        return string.IsNullOrEmpty(venue) ? session.Room.Name : $"{session.Room.Name}, {venue}";
    }

    /// <summary>
    /// A removed session's event under its own UID, one SEQUENCE higher, cancelled, taking no time and titled so that a
    /// calendar which shows cancelled events anyway does not pass for the session taking place.
    /// </summary>
    private static CalendarEvent ToCancelledEvent(CancelledSession cancelled, EventInfo conference, Uri siteBase)
    {
        var session = cancelled.AsItWas;
        var stamp = DateTime.SpecifyKind(cancelled.RemovedUtc, DateTimeKind.Utc);
        var calendarEvent = ToEvent(session, conference, siteBase);
        calendarEvent.Summary = CalendarText.Clean(CancelledPrefix + session.Title);
        calendarEvent.Status = "CANCELLED";
        calendarEvent.Transparency = "TRANSPARENT";
        calendarEvent.Sequence = cancelled.Sequence;
        calendarEvent.DtStamp = new CalDateTime(stamp, "UTC", hasTime: true);
        calendarEvent.LastModified = new CalDateTime(stamp, "UTC", hasTime: true);
        var text = new StringBuilder();
        text.Append(cancelled.MergedInto is { } into
            ? $"CANCELLED. This session was merged into “{into.Name}”: {new Uri(siteBase, $"sessions/{Uri.EscapeDataString(into.Slug)}").AbsoluteUri}\n\n"
            : "CANCELLED. This session was removed from the schedule.\n\n");
        if (session.Leads.Count > 0)
        {
            text.Append(session.Leads.Count == 1 ? "Lead: " : "Leads: ").Append(string.Join(", ", session.Leads.Select(l => l.Name))).Append('\n');
        }

        calendarEvent.Description = CalendarText.Clean(text.Append(SessionUrl(siteBase, session).AbsoluteUri).ToString());
        return calendarEvent;
    }

    public static Uri SessionUrl(Uri siteBase, ScheduledSession session) =>
        new(siteBase, $"sessions/{Uri.EscapeDataString(session.Slug)}");

    /// <summary>Plain text: the description, each subject of a split session, the leads and the page address.</summary>
    public static string DescriptionOf(ScheduledSession session, Uri siteBase)
    {
        var text = new StringBuilder();
        if (session.Status == SessionStatus.Cancelled)
        {
            text.Append("CANCELLED.\n\n");
        }

        var description = MarkdownRenderer.ToPlainText(session.Description);
        if (description.Length > 0)
        {
            text.Append(description).Append("\n\n");
        }

        if (session.Subjects.Count > 0)
        {
            text.Append(session.Kind == SessionKind.Split ? "This split session covers:\n\n" : "This session includes:\n\n");
            for (var i = 0; i < session.Subjects.Count; i++)
            {
                var subject = session.Subjects[i];
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {subject.Title}\n");
                var subjectText = MarkdownRenderer.ToPlainText(subject.Description);
                if (subjectText.Length > 0)
                {
                    text.Append(subjectText).Append('\n');
                }

                text.Append('\n');
            }
        }

        if (session.Leads.Count > 0)
        {
            var leads = string.Join(", ", session.Leads.Select(l => l.IsTentative ? $"{l.Name} (tentative)" : l.Name));
            text.Append(session.Leads.Count == 1 ? "Lead: " : "Leads: ").Append(leads).Append('\n');
        }

        if (session.LeadWanted)
        {
            text.Append("Lead wanted: this session is looking for someone to lead it.\n");
        }

        text.Append(SessionUrl(siteBase, session).AbsoluteUri);
        return text.ToString();
    }

    private static string FormatDuration(TimeSpan span)
    {
        var minutes = (long)Math.Max(1, Math.Round(span.TotalMinutes));
        return minutes % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"PT{minutes / 60}H")
            : string.Create(CultureInfo.InvariantCulture, $"PT{minutes}M");
    }
}
