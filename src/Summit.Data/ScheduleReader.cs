using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;

namespace Summit.Data;

/// <summary>Reads the published schedule from the database into the read model the pages share.</summary>
public sealed class ScheduleReader(SummitDbContext db)
{
    /// <summary>The whole published schedule, or null when the database holds no event yet.</summary>
    public async Task<PublishedSchedule?> ReadAsync(CancellationToken cancellationToken)
    {
        var conference = await db.Conferences.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new EventInfo(c.Name, c.Subtitle, c.Venue, c.TimeZoneId, c.BannerText, c.BannerLinkLabel, c.BannerLinkUrl)
            {
                ImageOrigins = ImageOrigins.Parse(c.ImageOrigins),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return null;
        }

        var days = await db.Days.AsNoTracking().OrderBy(d => d.Date).Select(d => d.Date).ToListAsync(cancellationToken);
        // Names are sorted here, not by the database, whose collation differs between providers.
        var rooms = (await db.Rooms.AsNoTracking().Select(r => new { r.Order, Ref = new NamedRef(r.Slug, r.Name) }).ToListAsync(cancellationToken))
            .OrderBy(r => r.Order).ThenBy(r => r.Ref.Name, NameOrder.Instance).ThenBy(r => r.Ref.Slug, StringComparer.Ordinal).Select(r => r.Ref).ToList();
        var tracks = (await db.Tracks.AsNoTracking().Select(t => new { t.Order, Ref = new NamedRef(t.Slug, t.Name) }).ToListAsync(cancellationToken))
            .OrderBy(t => t.Order).ThenBy(t => t.Ref.Name, NameOrder.Instance).ThenBy(t => t.Ref.Slug, StringComparer.Ordinal).Select(t => t.Ref).ToList();
        var people = (await db.People.AsNoTracking().Select(p => new NamedRef(p.Slug, p.Name)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Name, NameOrder.Instance).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

        // Unscheduled sessions are proposals being placed: never public.
        var sessions = await db.Sessions.AsNoTracking()
            .AsSplitQuery()
            .Where(s => s.RoomId != null && s.TimeSlotId != null)
            .Select(s => new ScheduledSession(
                s.Id,
                s.Uid,
                s.Slug,
                s.Title,
                s.Description,
                s.TimeSlot!.Day!.Date,
                s.TimeSlot.Start,
                s.TimeSlot.End,
                new NamedRef(s.Room!.Slug, s.Room.Name),
                s.Room.Order,
                s.Track == null ? null : new NamedRef(s.Track.Slug, s.Track.Name),
                s.Kind,
                s.Status,
                s.LeadWanted,
                s.OpenForOnDemand,
                s.Revision,
                s.LastModifiedUtc,
                s.Leads.OrderBy(l => l.Order).Select(l => new LeadInfo(l.Person!.Slug, l.Person.Name, l.IsTentative)).ToList(),
                s.Subjects.OrderBy(x => x.Order).Select(x => new SubjectInfo(x.Title, x.Description)).ToList()))
            .ToListAsync(cancellationToken);

        var formerSlugs = await db.SessionSlugAliases.AsNoTracking()
            .Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new FormerSlug(a.Slug, s.Slug))
            .ToListAsync(cancellationToken);

        var formerRooms = await db.RoomSlugAliases.AsNoTracking()
            .Join(db.Rooms, a => a.RoomId, r => r.Id, (a, r) => new FormerSlug(a.Slug, r.Slug))
            .ToListAsync(cancellationToken);
        var formerTracks = await db.TrackSlugAliases.AsNoTracking()
            .Join(db.Tracks, a => a.TrackId, t => t.Id, (a, t) => new FormerSlug(a.Slug, t.Slug))
            .ToListAsync(cancellationToken);
        var formerDays = await db.DayDateAliases.AsNoTracking()
            .Join(db.Days, a => a.DayId, d => d.Id, (a, d) => new FormerDay(a.Date, d.Date))
            .ToListAsync(cancellationToken);

        return new PublishedSchedule(conference, days, rooms, tracks, people, ScheduleOrder.Sort(sessions).ToList())
        {
            FormerSlugs = [.. formerSlugs.OrderBy(f => f.Slug, StringComparer.Ordinal)],
            FormerRoomSlugs = [.. formerRooms.OrderBy(f => f.Slug, StringComparer.Ordinal)],
            FormerTrackSlugs = [.. formerTracks.OrderBy(f => f.Slug, StringComparer.Ordinal)],
            FormerDays = [.. formerDays.OrderBy(f => f.Date)],
            Removed = await ReadRemovedAsync(sessions, cancellationToken),
        };
    }

    /// <summary>
    /// The removed sessions as calendars last saw them, in the room and track they had, under the slugs those have now.
    /// A UID a published session holds is that session's: no cancellation is published for it.
    /// </summary>
    private async Task<IReadOnlyList<CancelledSession>> ReadRemovedAsync(IReadOnlyList<ScheduledSession> sessions, CancellationToken cancellationToken)
    {
        var removed = await db.RemovedSessions.AsNoTracking().Include(r => r.Agendas)
            .OrderBy(r => r.Day).ThenBy(r => r.Start).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        if (removed.Count == 0)
        {
            return [];
        }

        var rooms = await db.Rooms.AsNoTracking().ToDictionaryAsync(r => r.Id, r => new NamedRef(r.Slug, r.Name), cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => new NamedRef(t.Slug, t.Name), cancellationToken);
        var published = sessions.ToDictionary(s => s.Uid);
        var result = new List<CancelledSession>(removed.Count);
        foreach (var r in removed.Where(x => !published.ContainsKey(x.Uid)))
        {
            var room = r.RoomId is { } roomId ? rooms.GetValueOrDefault(roomId) : null;
            var track = (r.TrackId is { } trackId ? tracks.GetValueOrDefault(trackId) : null)
                ?? (r.TrackSlug is null ? null : new NamedRef(r.TrackSlug, r.TrackName ?? r.TrackSlug));
            var leads = r.LeadSlugs.Zip(r.LeadNames, (slug, name) => new LeadInfo(slug, name, IsTentative: false)).ToList();
            var asItWas = new ScheduledSession(
                -r.Id, r.Uid, r.Slug, r.Title, r.Description, r.Day, r.Start, r.End, room ?? new NamedRef(r.RoomSlug, r.RoomName), 0, track,
                r.Kind, r.Status, LeadWanted: false, OpenForOnDemand: false, r.Revision, r.RemovedUtc, leads, []);
            var into = r.MergedIntoUid is { } uid && published.TryGetValue(uid, out var target) ? new NamedRef(target.Slug, target.Title) : null;
            result.Add(new CancelledSession(asItWas, DateTime.SpecifyKind(r.RemovedUtc, DateTimeKind.Utc), into, [.. r.Agendas.Select(a => a.AgendaId).Order()]));
        }

        return result;
    }
}
