using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;

namespace Summit.Data.Seed;

/// <summary>Loads a schedule data file into an empty database.</summary>
public static class ScheduleSeeder
{
    /// <summary>The schedule a new database starts with: Windsor BC at the 2012 Grizzly design summit.</summary>
    public const string DefaultSeed = "windsor-bc-grizzly-2012.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>
    /// Seeds the database unless it already holds an event. Returns true when it seeded. The check and the rows are one
    /// transaction, so of several instances starting at once on SQLite (one writer at a time) only the first seeds.
    /// </summary>
    public static async Task<bool> SeedIfEmptyAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var document = await ReadEmbeddedAsync(DefaultSeed, cancellationToken);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (await db.Conferences.AnyAsync(cancellationToken))
        {
            return false;
        }

        Add(db, document);
        await db.SaveChangesAsync(cancellationToken);
        await ReleaseAsPublishedAsync(db, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// The seeded schedule is the one the event published: release 1, in the seeding transaction, so the changelog
    /// starts from it and no instance ever sees the event without it.
    /// </summary>
    private static async Task ReleaseAsPublishedAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        var schedule = await new ScheduleReader(db).ReadAsync(cancellationToken)
            ?? throw new InvalidOperationException("The seeded event could not be read back.");
        var request = new Releases.ReleaseRequest("As published", $"The {schedule.Event.Name} schedule as it was published.", "Summit");
        await Releases.ReleaseMaker.WriteAsync(
            db, store: null, Releases.ReleaseMaker.PublicPart(schedule, null, keepEveryRemoved: true), previous: null, request,
            DateTime.UtcNow, new Releases.ReleaseOptions(), cancellationToken);
    }

    internal static async Task<SeedDocument> ReadEmbeddedAsync(string name, CancellationToken cancellationToken)
    {
        await using var stream = typeof(ScheduleSeeder).Assembly.GetManifestResourceStream($"Summit.Seed.{name}")
            ?? throw new InvalidOperationException($"The seed data file '{name}' is not embedded in the application.");
        return await JsonSerializer.DeserializeAsync<SeedDocument>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"The seed data file '{name}' is empty.");
    }

    private static void Add(SummitDbContext db, SeedDocument document)
    {
        var e = document.Event;
        db.Conferences.Add(new Conference
        {
            Name = TextInput.Line(e.Name),
            Subtitle = TextInput.OptionalLine(e.Subtitle),
            Venue = TextInput.Line(e.Venue),
            TimeZoneId = e.TimeZone,
            BannerText = TextInput.OptionalBlock(e.BannerText),
            BannerLinkLabel = TextInput.OptionalLine(e.BannerLinkLabel),
            BannerLinkUrl = e.BannerLinkUrl,
        });

        var rooms = document.Rooms
            .Select((r, i) => new Room { Slug = r.Slug, Name = TextInput.Line(r.Name), Order = i })
            .ToDictionary(r => r.Slug);
        var tracks = document.Tracks
            .Select((t, i) => new Track { Slug = t.Slug, Name = TextInput.Line(t.Name), Order = i })
            .ToDictionary(t => t.Slug);
        var people = document.People
            .Select(p => new Person { Slug = p.Slug, Name = TextInput.Line(p.Name) })
            .ToDictionary(p => p.Slug);
        var slots = new Dictionary<(DateOnly, TimeOnly), TimeSlot>();
        foreach (var seedDay in document.Days)
        {
            var day = new Day { Date = seedDay.Date };
            foreach (var seedSlot in seedDay.Slots)
            {
                var slot = new TimeSlot { Day = day, Start = ParseTime(seedSlot.Start), End = ParseTime(seedSlot.End) };
                day.Slots.Add(slot);
                slots.Add((seedDay.Date, slot.Start), slot);
            }

            db.Days.Add(day);
        }

        db.Rooms.AddRange(rooms.Values);
        db.Tracks.AddRange(tracks.Values);
        db.People.AddRange(people.Values);

        foreach (var s in document.Sessions)
        {
            db.Sessions.Add(new Session
            {
                // Derived from the event and slug, so a database seeded again keeps the calendar identities.
                Uid = StableGuid.From($"{e.Name}/{s.Slug}"),
                Slug = s.Slug,
                Title = TextInput.Line(s.Title),
                Description = TextInput.Block(s.Description),
                Room = rooms[s.Room],
                Track = s.Track is null ? null : tracks[s.Track],
                TimeSlot = slots[(s.Day, ParseTime(s.Start))],
                Kind = s.Kind,
                Status = s.Status,
                LeadWanted = s.LeadWanted,
                OpenForOnDemand = s.OnDemand,
                Revision = 0,
                LastModifiedUtc = DateTime.SpecifyKind(e.PublishedUtc, DateTimeKind.Utc),
                Leads = s.Leads.Select((l, i) => new SessionLead { Person = people[l.Person], IsTentative = l.Tentative, Order = i }).ToList(),
                Subjects = s.Subjects.Select((x, i) => new SessionSubject { Title = TextInput.Line(x.Title), Description = TextInput.Block(x.Description), Order = i }).ToList(),
            });
        }
    }

    private static TimeOnly ParseTime(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
