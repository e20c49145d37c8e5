using System.Text.Json;
using Summit.Core.Releases;
using Summit.Core.Time;

namespace Summit.Core.Sharing;

/// <summary>
/// A session as a schema.org <c>Event</c> in JSON-LD, for search engines and link previews. Written with
/// System.Text.Json's default encoder, which escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no title or
/// description can close the <c>script</c> element the page carries it in.
/// </summary>
public static class EventJsonLd
{
    /// <summary>The <c>eventStatus</c> a session has: cancelled, moved since it was first published, or as planned.</summary>
    public static string Status(ScheduledSession session, SessionPlace? movedFrom)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Status == SessionStatus.Cancelled ? "https://schema.org/EventCancelled"
            : movedFrom is not null ? "https://schema.org/EventRescheduled"
            : "https://schema.org/EventScheduled";
    }

    /// <param name="session">The session.</param>
    /// <param name="eventInfo">The event, its organizer and venue.</param>
    /// <param name="clock">The event's zone, for the times' offsets.</param>
    /// <param name="siteBase">The site's absolute base address, the organizer's page.</param>
    /// <param name="url">The session page's absolute address.</param>
    /// <param name="description">The plain-text description the page's meta tags carry.</param>
    /// <param name="movedFrom">Where the session was before its latest move, or null when it has not moved.</param>
    public static string Write(ScheduledSession session, EventInfo eventInfo, EventClock clock, Uri siteBase, Uri url, string description, SessionPlace? movedFrom)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(eventInfo);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(siteBase);
        ArgumentNullException.ThrowIfNull(url);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Event");
            json.WriteString("name", session.Title);
            json.WriteString("description", description);
            json.WriteString("url", url.AbsoluteUri);
            json.WriteString("startDate", clock.ToIsoMinute(session.Day, session.Start));
            json.WriteString("endDate", clock.ToIsoMinute(session.Day, session.End));
            if (session.Status != SessionStatus.Cancelled && movedFrom is not null)
            {
                json.WriteString("previousStartDate", clock.ToIsoMinute(movedFrom.Day, movedFrom.Start));
            }

            json.WriteString("eventStatus", Status(session, movedFrom));
            json.WriteString("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
            json.WriteStartObject("location");
            json.WriteString("@type", "Place");
            json.WriteString("name", session.Room.Name);
            if (!string.IsNullOrWhiteSpace(eventInfo.Venue))
            {
                json.WriteString("address", eventInfo.Venue);
            }

            json.WriteEndObject();
            json.WriteStartObject("organizer");
            json.WriteString("@type", "Organization");
            json.WriteString("name", eventInfo.Name);
            json.WriteString("url", siteBase.AbsoluteUri);
            json.WriteEndObject();
            if (session.Leads.Count > 0)
            {
                json.WriteStartArray("performer");
                foreach (var lead in session.Leads)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", lead.Name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
