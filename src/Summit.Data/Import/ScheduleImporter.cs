using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;

namespace Summit.Data.Import;

/// <summary>Replaces the event in a database with a complete schedule, such as a generated one.</summary>
public static class ScheduleImporter
{
    /// <summary>What the database holds that an import would throw away besides the schedule itself.</summary>
    public sealed record ExistingWork(int Changes, int Agendas)
    {
        public bool IsEmpty => Changes == 0 && Agendas == 0;
    }

    /// <summary>Counts organizers' recorded changes and attendees' agendas, which a replacement deletes.</summary>
    public static async Task<ExistingWork> FindExistingWorkAsync(SummitDbContext db, CancellationToken cancellationToken) =>
        new(await db.Changes.CountAsync(cancellationToken), await db.Agendas.CountAsync(cancellationToken));

    /// <summary>
    /// Deletes the current event with its history and agendas and writes <paramref name="schedule"/> in its place,
    /// in one transaction: a failure leaves the old event as it was. Organizer accounts are kept.
    /// </summary>
    public static async Task ReplaceAsync(SummitDbContext db, PublishedSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Children first: bulk deletes do not follow the model's cascades (leads and subjects go with their session in the database).
        await db.AgendaItems.ExecuteDeleteAsync(cancellationToken);
        await db.Agendas.ExecuteDeleteAsync(cancellationToken);
        await db.Changes.ExecuteDeleteAsync(cancellationToken);
        // Another event's releases are not this one's history: its first build releases it as release 1.
        await db.Releases.ExecuteDeleteAsync(cancellationToken);
        await db.RemovedSessions.ExecuteDeleteAsync(cancellationToken);
        await db.Sessions.ExecuteDeleteAsync(cancellationToken);
        await db.TimeSlots.ExecuteDeleteAsync(cancellationToken);
        await db.Days.ExecuteDeleteAsync(cancellationToken);
        await db.Rooms.ExecuteDeleteAsync(cancellationToken);
        await db.Tracks.ExecuteDeleteAsync(cancellationToken);
        await db.People.ExecuteDeleteAsync(cancellationToken);
        await db.Conferences.ExecuteDeleteAsync(cancellationToken);

        Add(db, schedule);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Add(SummitDbContext db, PublishedSchedule schedule)
    {
        var e = schedule.Event;
        db.Conferences.Add(new Conference
        {
            Name = TextInput.Line(e.Name),
            Subtitle = TextInput.OptionalLine(e.Subtitle),
            Venue = TextInput.Line(e.Venue),
            TimeZoneId = e.TimeZoneId,
            BannerText = TextInput.OptionalBlock(e.BannerText),
            BannerLinkLabel = TextInput.OptionalLine(e.BannerLinkLabel),
            BannerLinkUrl = e.BannerLinkUrl,
        });

        var rooms = schedule.Rooms.Select((r, i) => new Room { Slug = r.Slug, Name = TextInput.Line(r.Name), Order = i }).ToDictionary(r => r.Slug);
        var tracks = schedule.Tracks.Select((t, i) => new Track { Slug = t.Slug, Name = TextInput.Line(t.Name), Order = i }).ToDictionary(t => t.Slug);
        var people = schedule.People.Select(p => new Person { Slug = p.Slug, Name = TextInput.Line(p.Name) }).ToDictionary(p => p.Slug);
        var days = schedule.Days.Select(d => new Day { Date = d }).ToDictionary(d => d.Date);
        var slots = new Dictionary<(DateOnly, TimeOnly, TimeOnly), TimeSlot>();
        foreach (var s in schedule.Sessions)
        {
            if (!slots.ContainsKey((s.Day, s.Start, s.End)))
            {
                var slot = new TimeSlot { Day = days[s.Day], Start = s.Start, End = s.End };
                days[s.Day].Slots.Add(slot);
                slots.Add((s.Day, s.Start, s.End), slot);
            }
        }

        db.Days.AddRange(days.Values);
        db.Rooms.AddRange(rooms.Values);
        db.Tracks.AddRange(tracks.Values);
        db.People.AddRange(people.Values);
        foreach (var s in schedule.Sessions)
        {
            db.Sessions.Add(new Session
            {
                Uid = s.Uid,
                Slug = s.Slug,
                Title = TextInput.Line(s.Title),
                Description = TextInput.Block(s.Description),
                Room = rooms[s.Room.Slug],
                Track = s.Track is null ? null : tracks[s.Track.Slug],
                TimeSlot = slots[(s.Day, s.Start, s.End)],
                Kind = s.Kind,
                Status = s.Status,
                LeadWanted = s.LeadWanted,
                OpenForOnDemand = s.OpenForOnDemand,
                Revision = s.Revision,
                LastModifiedUtc = DateTime.SpecifyKind(s.LastModifiedUtc, DateTimeKind.Utc),
                Leads = s.Leads.Select((l, i) => new SessionLead { Person = people[l.Slug], IsTentative = l.IsTentative, Order = i }).ToList(),
                Subjects = s.Subjects.Select((x, i) => new SessionSubject { Title = TextInput.Line(x.Title), Description = TextInput.Block(x.Description), Order = i }).ToList(),
            });
        }
    }
}
