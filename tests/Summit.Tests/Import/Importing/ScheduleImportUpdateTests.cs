using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Import;
using Summit.Data.Import;
using static Summit.Tests.Import.Importing.ImportDocuments;

namespace Summit.Tests.Import.Importing;

/// <summary>An import into the seeded Windsor BC event: it adds and updates, finds sessions by guid then slug, and a second run changes nothing.</summary>
public sealed class ScheduleImportUpdateTests : IAsyncLifetime
{
    private const string By = "ada@example.org";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<ImportPlan> ApplyAsync(ImportDocument document)
    {
        await using var db = _database.CreateContext();
        return await ScheduleImport.ApplyAsync(db, document, By, Ct);
    }

    private async Task<Session> SessionAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.AsNoTracking().Include(s => s.Room).Include(s => s.Track).Include(s => s.TimeSlot).ThenInclude(t => t!.Day).SingleAsync(s => s.Slug == slug, Ct);
    }

    private static ImportSession AsInFile(Session session) => new(session.Title)
    {
        Slug = session.Slug,
        Description = session.Description,
        Day = session.TimeSlot!.Day!.Date,
        Start = session.TimeSlot.Start,
        End = session.TimeSlot.End,
        Room = session.Room!.Name,
        Track = session.Track?.Name,
        Kind = session.Kind,
        Status = session.Status,
        LeadWanted = session.LeadWanted,
        OpenForOnDemand = session.OpenForOnDemand,
    };

    [Fact]
    public async Task ImportIntoTheEventUpdatesItsSessionAndAddsANewOneWithTheRoomAndTrackItNeeds()
    {
        // Arrange
        var seeded = await SessionAsync("closing-quantum-nova-gaps");
        var document = Of(
            AsInFile(seeded) with { Title = "Closing the Quantum/Nova gaps" },
            At("Ceilometer metering", "2012-10-19", "10:00", "10:40", "Emerald Room") with { Track = "Metering" });

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        Assert.False(plan.CreatesEvent);
        Assert.Equal(1, plan.Created);
        Assert.Equal(1, plan.Updated);
        Assert.Equal(["Title"], Assert.Single(plan.Sessions, s => s.Action == ImportAction.Update).Changes);
        Assert.Equal(["Emerald Room"], plan.NewRooms);
        Assert.Equal(["Metering"], plan.NewTracks);
        Assert.Single(plan.NewDays);
        Assert.Equal(27, plan.LeftAlone.Count);
        var updated = await SessionAsync("closing-quantum-nova-gaps");
        Assert.Equal("Closing the Quantum/Nova gaps", updated.Title);
        Assert.Equal(seeded.Uid, updated.Uid);
        Assert.Equal(seeded.Revision + 1, updated.Revision);
        var added = await SessionAsync("ceilometer-metering");
        Assert.Equal("Emerald Room", added.Room!.Name);
        await using var db = _database.CreateContext();
        Assert.Equal(29, await db.Sessions.CountAsync(Ct));
        Assert.Equal("OpenStack Summit Fall 2012", (await db.Conferences.SingleAsync(Ct)).Name);
    }

    [Fact]
    public async Task RoomsAndTracksAreFoundByNameInAnyCaseOrBySlug()
    {
        // Arrange
        var document = Of(
            At("Room by name", "2012-10-18", "19:00", "19:40", "WINDSOR bc") with { Track = "keystone" },
            At("Room by slug", "2012-10-18", "20:00", "20:40", "windsor-bc") with { Track = "QUANTUM" });

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        Assert.Empty(plan.NewRooms);
        Assert.Empty(plan.NewTracks);
        Assert.Equal("windsor-bc", (await SessionAsync("room-by-name")).Room!.Slug);
        Assert.Equal("windsor-bc", (await SessionAsync("room-by-slug")).Room!.Slug);
    }

    [Fact]
    public async Task ASessionIsFoundByItsGuidBeforeItsSlugAndTakesTheFilesSlug()
    {
        // Arrange: Summit's exports give a session's Uid as its guid (and an import keeps a file's guid as the Uid)
        var seeded = await SessionAsync("closing-quantum-nova-gaps");
        var document = Of(AsInFile(seeded) with { Guid = seeded.Uid, Slug = "quantum-nova-gaps" });

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        Assert.Equal(1, plan.Updated);
        Assert.Equal(0, plan.Created);
        var renamed = await SessionAsync("quantum-nova-gaps");
        Assert.Equal(seeded.Uid, renamed.Uid);
        await using var db = _database.CreateContext();
        Assert.Equal(28, await db.Sessions.CountAsync(Ct));
        Assert.True(await db.SessionSlugAliases.AnyAsync(a => a.Slug == "closing-quantum-nova-gaps", Ct));
    }

    [Fact]
    public async Task ImportingTheSameFileTwiceChangesNothingTheSecondTime()
    {
        // Arrange
        var seeded = await SessionAsync("closing-quantum-nova-gaps");
        var document = Of(
            AsInFile(seeded) with { Title = "Closing the gaps", Leads = [new ImportLead("garyk", true), new ImportLead("Zed New", false)] },
            At("Ceilometer metering", "2012-10-19", "10:00", "10:40", "Emerald Room") with
            {
                Guid = Guid.Parse("9d0c51a8-5c0b-4bcb-8d0c-2f0b1b7f4c01"),
                Kind = SessionKind.Split,
                Subjects = [new ImportSubject("Meters", "What to meter."), new ImportSubject("Alarms", "")],
                Description = "Line one\r\nLine two",
            },
            new ImportSession("Unplaced idea") { LeadWanted = true });
        await ApplyAsync(document);
        await using var before = _database.CreateContext();
        var changes = await before.Changes.CountAsync(Ct);
        var revisions = await before.Sessions.OrderBy(s => s.Id).Select(s => new { s.Id, s.Revision, s.Version }).ToListAsync(Ct);

        // Act
        var again = await ApplyAsync(document);

        // Assert
        Assert.Equal(3, again.Unchanged);
        Assert.False(again.ChangesAnything);
        await using var after = _database.CreateContext();
        Assert.Equal(changes, await after.Changes.CountAsync(Ct));
        Assert.Equal(revisions, await after.Sessions.OrderBy(s => s.Id).Select(s => new { s.Id, s.Revision, s.Version }).ToListAsync(Ct));
    }

    [Fact]
    public async Task ASpreadsheetImportedTwiceFindsItsSessionsAgainEvenWithRepeatedTitles()
    {
        // Arrange: no guids, no slugs, "Lunch" every day
        var document = Csv(
            At("Lunch", "2012-10-15", "12:30", "13:50", "Windsor BC"),
            At("Lunch", "2012-10-16", "12:30", "13:50", "Windsor BC"),
            At("Ops meetup", "2012-10-16", "18:00", "19:00", "Windsor BC"));
        var first = await ApplyAsync(document);

        // Act
        var again = await ApplyAsync(document);

        // Assert
        Assert.Equal(3, first.Created);
        Assert.Equal(3, again.Unchanged);
        Assert.Equal(["lunch", "lunch-2", "ops-meetup"], first.Sessions.Select(s => s.Slug));
    }

    [Fact]
    public async Task EachCreatedOrUpdatedSessionIsOneHistoryEntryByTheImporter()
    {
        // Arrange
        var seeded = await SessionAsync("closing-quantum-nova-gaps");
        var document = Of(
            AsInFile(seeded) with { Title = "Closing the gaps" },
            At("Ceilometer metering", "2012-10-15", "19:00", "19:40", "Windsor BC"));

        // Act
        await ApplyAsync(document);

        // Assert
        await using var db = _database.CreateContext();
        var changes = await db.Changes.Where(c => c.EntityType == "Session").ToListAsync(Ct);
        var update = Assert.Single(changes, c => c.Action == "Updated");
        Assert.Equal(By, update.User);
        Assert.Equal(seeded.Id, update.EntityId);
        Assert.Equal(new FieldChange("Title", seeded.Title, "Closing the gaps"), Assert.Single(update.Fields));
        var created = Assert.Single(changes, c => c.Action == "Imported");
        Assert.Equal(await db.Sessions.Where(s => s.Slug == "ceilometer-metering").Select(s => s.Id).SingleAsync(Ct), created.EntityId);
        Assert.Equal("Ceilometer metering", created.EntityLabel);
    }

    [Fact]
    public async Task TwoSessionsChangingPlacesWithEachOtherAreBothMoved()
    {
        // Arrange
        var first = await SessionAsync("closing-quantum-nova-gaps");
        await using var db = _database.CreateContext();
        var secondSlug = await db.Sessions.Where(s => s.RoomId != null && s.Id != first.Id).OrderBy(s => s.Id).Select(s => s.Slug).FirstAsync(Ct);
        var second = await SessionAsync(secondSlug);
        var document = Of(
            AsInFile(first) with { Day = second.TimeSlot!.Day!.Date, Start = second.TimeSlot.Start, End = second.TimeSlot.End },
            AsInFile(second) with { Day = first.TimeSlot!.Day!.Date, Start = first.TimeSlot.Start, End = first.TimeSlot.End });

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        Assert.Equal(2, plan.Updated);
        Assert.Empty(plan.Skipped);
        Assert.Equal(second.TimeSlotId, (await SessionAsync(first.Slug)).TimeSlotId);
        Assert.Equal(first.TimeSlotId, (await SessionAsync(second.Slug)).TimeSlotId);
    }
}
