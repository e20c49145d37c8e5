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
        var rooms = await db.Rooms.AsNoTracking().OrderBy(r => r.Order).ThenBy(r => r.Name)
            .Select(r => new NamedRef(r.Slug, r.Name)).ToListAsync(cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Name)
            .Select(t => new NamedRef(t.Slug, t.Name)).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new NamedRef(p.Slug, p.Name)).ToListAsync(cancellationToken);

        var sessions = await db.Sessions.AsNoTracking()
            .AsSplitQuery()
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
            .Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new { a.Slug, Current = s.Slug })
            .OrderBy(f => f.Slug)
            .Select(f => new FormerSlug(f.Slug, f.Current))
            .ToListAsync(cancellationToken);

        return new PublishedSchedule(conference, days, rooms, tracks, people, ScheduleOrder.Sort(sessions).ToList()) { FormerSlugs = formerSlugs };
    }
}
