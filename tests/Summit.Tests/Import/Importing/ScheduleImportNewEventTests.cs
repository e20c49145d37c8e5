using Microsoft.EntityFrameworkCore;
using Summit.Core.Import;
using Summit.Data.Import;
using static Summit.Tests.Import.Importing.ImportDocuments;

namespace Summit.Tests.Import.Importing;

/// <summary>An import onto a database with no event yet: the file's event, structure and sessions are the schedule.</summary>
public sealed class ScheduleImportNewEventTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(seed: false);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static ImportDocument Conference() => Of(
            At("Opening keynote", "2026-06-10", "09:00", "09:45", "Main Hall") with
            {
                Guid = Guid.Parse("0b5a2d1c-1f4e-4a57-9a1e-3c3f1d2a4b10"),
                Slug = "opening-keynote",
                Track = "Community",
                Leads = [new ImportLead("Ada Lovelace", false), new ImportLead("Grace Hopper", true)],
            },
            At("Lightning talks", "2026-06-11", "16:00", "17:00", "Room B") with
            {
                Kind = SessionKind.Split,
                Subjects = [new ImportSubject("Zuul at scale", "Gates."), new ImportSubject("Ironic tips", "Bare metal.")],
                LeadWanted = true,
            },
            new ImportSession("Hallway track (to be placed)") { Status = SessionStatus.Tentative })
        with
        {
            Rooms = [new ImportRoom("Main Hall", "main-hall", 800), new ImportRoom("Room B", null, null)],
            Tracks = [new ImportTrack("Community", "community")],
        };

    [Fact]
    public async Task ImportOntoANewDatabaseCreatesTheEventItsDaysRoomsTracksAndSessions()
    {
        // Act
        await using (var db = _database.CreateContext())
        {
            await ScheduleImport.ApplyAsync(db, Conference(), "ada@example.org", Ct);
        }

        // Assert
        await using var check = _database.CreateContext();
        var conference = await check.Conferences.SingleAsync(Ct);
        Assert.Equal("OpenInfra Days Berlin", conference.Name);
        Assert.Equal("Europe/Berlin", conference.TimeZoneId);
        Assert.Equal("bcc Berlin", conference.Venue);
        Assert.Equal([new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 11)], await check.Days.OrderBy(d => d.Date).Select(d => d.Date).ToListAsync(Ct));
        Assert.Equal(["Main Hall", "Room B"], await check.Rooms.OrderBy(r => r.Order).Select(r => r.Name).ToListAsync(Ct));
        Assert.Equal(800, (await check.Rooms.SingleAsync(r => r.Slug == "main-hall", Ct)).Capacity);
        Assert.Equal("community", (await check.Tracks.SingleAsync(Ct)).Slug);

        var sessions = await check.Sessions.Include(s => s.Leads).ThenInclude(l => l.Person).Include(s => s.Subjects).Include(s => s.TimeSlot)
            .AsSplitQuery().ToDictionaryAsync(s => s.Title, Ct);
        var keynote = sessions["Opening keynote"];
        Assert.Equal(Guid.Parse("0b5a2d1c-1f4e-4a57-9a1e-3c3f1d2a4b10"), keynote.Uid);
        Assert.Equal(new TimeOnly(9, 0), keynote.TimeSlot!.Start);
        Assert.Equal([("Ada Lovelace", false), ("Grace Hopper", true)], keynote.Leads.OrderBy(l => l.Order).Select(l => (l.Person!.Name, l.IsTentative)));
        var split = sessions["Lightning talks"];
        Assert.Equal(SessionKind.Split, split.Kind);
        Assert.True(split.LeadWanted);
        Assert.Equal(["Zuul at scale", "Ironic tips"], split.Subjects.OrderBy(s => s.Order).Select(s => s.Title));
        Assert.Equal("lightning-talks", split.Slug);
        var tray = sessions["Hallway track (to be placed)"];
        Assert.False(tray.IsScheduled);
        Assert.Equal(SessionStatus.Tentative, tray.Status);
    }

    [Fact]
    public async Task ThePlanOfANewDatabaseSaysWhatItCreatesAndChangesNothing()
    {
        // Act
        await using var db = _database.CreateContext();
        var plan = await ScheduleImport.PlanAsync(db, Conference(), Ct);

        // Assert
        Assert.True(plan.CreatesEvent);
        Assert.Equal(3, plan.Created);
        Assert.Equal(["Main Hall", "Room B"], plan.NewRooms);
        Assert.Equal(["Community"], plan.NewTracks);
        Assert.Equal(2, plan.NewDays.Count);
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], plan.NewPeople);
        await using var check = _database.CreateContext();
        Assert.False(await check.Conferences.AnyAsync(Ct));
        Assert.False(await check.Sessions.AnyAsync(Ct));
        Assert.False(await check.Rooms.AnyAsync(Ct));
        Assert.False(await check.Changes.AnyAsync(Ct));
    }

    [Fact]
    public async Task AFileWithoutAnEventOrAKnownTimeZoneGetsStandInsThePlanNames()
    {
        // Arrange
        var document = Csv(At("Welcome", "2026-06-10", "09:00", "09:30", "Main Hall"));

        // Act
        await using var db = _database.CreateContext();
        var plan = await ScheduleImport.ApplyAsync(db, document, "ada@example.org", Ct);

        // Assert
        var conference = await db.Conferences.SingleAsync(Ct);
        Assert.Equal("Imported schedule", conference.Name);
        Assert.Equal("UTC", conference.TimeZoneId);
        Assert.Contains(plan.Notes, n => n.Contains("no time zone", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Contains("Event settings", StringComparison.Ordinal));
    }
}
