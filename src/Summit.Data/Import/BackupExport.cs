using Microsoft.EntityFrameworkCore;
using Summit.Core.Import;

namespace Summit.Data.Import;

/// <summary>
/// Reads everything organizers entered (the event's settings, days with all their slots, rooms, tracks, people, and
/// every session, unscheduled ones included) into the document a Summit backup is written from.
/// </summary>
/// <remarks>
/// The order is fixed and independent of database ids and collations (days by date, slots by time, rooms and tracks by
/// their order then slug, people and sessions by slug), and nothing the database stamps by itself (revisions,
/// modification times, versions) is included: an event exported, imported into an empty database and exported again
/// gives the same file. The history, releases and attendees' agendas are not part of a backup.
/// </remarks>
public static class BackupExport
{
    /// <summary>The backup of the database's event (its working copy), or null when there is no event yet.</summary>
    public static async Task<ImportDocument?> ReadAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var conference = await db.Conferences.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return null;
        }

        var days = (await db.Days.AsNoTracking()
                .Select(d => new { d.Date, Slots = d.Slots.Select(s => new ImportSlot(s.Start, s.End)).ToList() })
                .ToListAsync(cancellationToken))
            .OrderBy(d => d.Date)
            .Select(d => new ImportDay(d.Date, [.. d.Slots.OrderBy(s => s.Start).ThenBy(s => s.End)]))
            .ToList();
        var rooms = (await db.Rooms.AsNoTracking().Select(r => new { r.Order, r.Slug, r.Name, r.Capacity }).ToListAsync(cancellationToken))
            .OrderBy(r => r.Order).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new ImportRoom(r.Name, r.Slug, r.Capacity))
            .ToList();
        var tracks = (await db.Tracks.AsNoTracking().Select(t => new { t.Order, t.Slug, t.Name }).ToListAsync(cancellationToken))
            .OrderBy(t => t.Order).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => new ImportTrack(t.Name, t.Slug))
            .ToList();
        var people = (await db.People.AsNoTracking().Select(p => new ImportPerson(p.Name, p.Slug)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        var sessions = (await ReadSessionsAsync(db, cancellationToken)).OrderBy(s => s.Slug, StringComparer.Ordinal).ToList();

        var settings = new ImportEvent(conference.Name, conference.TimeZoneId)
        {
            Subtitle = conference.Subtitle,
            Venue = conference.Venue,
            BannerText = conference.BannerText,
            BannerLinkLabel = conference.BannerLinkLabel,
            BannerLinkUrl = conference.BannerLinkUrl,
            ImageOrigins = conference.ImageOrigins,
            PublishMode = conference.PublishMode,
        };
        return new ImportDocument(ImportFormat.SummitBackup, settings, days, rooms, tracks, sessions, [])
        {
            People = people,
        };
    }

    /// <summary>Every session, its room and track named as an import document names them (by name; the file has their slugs).</summary>
    private static Task<List<ImportSession>> ReadSessionsAsync(SummitDbContext db, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking()
            .AsSplitQuery()
            .Select(s => new ImportSession(s.Title)
            {
                Guid = s.Uid,
                Slug = s.Slug,
                Description = s.Description,
                Day = s.TimeSlot == null ? null : s.TimeSlot.Day!.Date,
                Start = s.TimeSlot == null ? null : s.TimeSlot.Start,
                End = s.TimeSlot == null ? null : s.TimeSlot.End,
                Room = s.Room == null ? null : s.Room.Name,
                Track = s.Track == null ? null : s.Track.Name,
                Kind = s.Kind,
                Status = s.Status,
                LeadWanted = s.LeadWanted,
                OpenForOnDemand = s.OpenForOnDemand,
                Leads = s.Leads.OrderBy(l => l.Order).Select(l => new ImportLead(l.Person!.Name, l.IsTentative) { Slug = l.Person.Slug }).ToList(),
                Subjects = s.Subjects.OrderBy(x => x.Order).Select(x => new ImportSubject(x.Title, x.Description)).ToList(),
            })
            .ToListAsync(cancellationToken);
}
