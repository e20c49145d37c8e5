using System.Text;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Import;
using Summit.Core.Releases;
using Summit.Data.Import;

namespace Summit.Tests.Import.Backup;

/// <summary>A backup is a backup: exported, imported into an empty database and exported again, it is the same file.</summary>
public sealed class BackupRoundTripTests : IAsyncLifetime
{
    private TestDatabase _source = null!;
    private TestDatabase _empty = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _source = await TestDatabase.CreateAsync();
        _empty = await TestDatabase.CreateAsync(seed: false);
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await _empty.DisposeAsync();
    }

    private static async Task<string> ExportAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return Encoding.UTF8.GetString(SummitBackupWriter.Write((await BackupExport.ReadAsync(db, Ct))!));
    }

    private static async Task ImportAsync(TestDatabase database, string backup)
    {
        var read = ScheduleFileReader.Read(Encoding.UTF8.GetBytes(backup), "summit-backup.json", new ImportLimits());
        Assert.Null(read.Refusal);
        await using var db = database.CreateContext();
        await ScheduleImport.ApplyAsync(db, read.Document!, "restore@example.org", Ct);
    }

    /// <summary>
    /// What organizers enter beyond the seed: settings, capacities, an empty day, an unused slot, someone who leads
    /// nothing yet, an unscheduled split session, and a room renamed to "Foyer" that kept its slug "hall" while a new
    /// room took the name "Hall".
    /// </summary>
    private async Task EnterEverythingAsync()
    {
        await using var db = _source.CreateContext();
        var conference = await db.Conferences.SingleAsync(Ct);
        conference.BannerText = "Doors open at 8 — Zürich & <friends>";
        conference.BannerLinkLabel = "Register";
        conference.BannerLinkUrl = "https://example.org/register";
        conference.ImageOrigins = "https://images.example.org";
        conference.PublishMode = PublishMode.WhenReleased;
        var room = await db.Rooms.OrderBy(r => r.Order).FirstAsync(Ct);
        room.Capacity = 180;
        // Foyer comes first in the file, so "Hall" (hall-2) is read after a room whose slug is its name.
        var foyer = new Room { Name = "Foyer", Slug = "hall", Order = 50 };
        db.Rooms.AddRange(new Room { Name = "Hall", Slug = "hall-2", Order = 51 }, foyer);
        (await db.Sessions.Where(s => s.RoomId != null).OrderBy(s => s.Slug).FirstAsync(Ct)).Room = foyer;
        var day = new Day { Date = new DateOnly(2012, 10, 19) };
        day.Slots.Add(new TimeSlot { Start = new TimeOnly(9, 0), End = new TimeOnly(9, 45) });
        db.Days.Add(day);
        db.Days.Add(new Day { Date = new DateOnly(2012, 10, 20) });
        db.Tracks.Add(new Track { Name = "Hallway", Slug = "hallway", Order = 99 });
        var newcomer = new Person { Name = "Zoë Newcomer", Slug = "zoe-newcomer" };
        var unplaced = new Person { Name = "Ada Unplaced", Slug = "ada-unplaced" };
        db.People.AddRange(newcomer, unplaced);
        db.Sessions.Add(new Session
        {
            Slug = "unplaced-split",
            Title = "Unplaced split",
            Description = "Two subjects, *one* slot.",
            Kind = SessionKind.Split,
            Status = SessionStatus.Tentative,
            LeadWanted = true,
            OpenForOnDemand = true,
            Leads = [new SessionLead { Person = unplaced, IsTentative = true, Order = 0 }],
            Subjects = [new SessionSubject { Title = "First", Description = "One", Order = 0 }, new SessionSubject { Title = "Second", Order = 1 }],
        });
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task TheSeedExportedImportedIntoAnEmptyDatabaseAndExportedAgainIsTheSameFile()
    {
        // Arrange
        var first = await ExportAsync(_source);

        // Act
        await ImportAsync(_empty, first);

        // Assert
        Assert.Equal(first, await ExportAsync(_empty));
    }

    [Fact]
    public async Task EverythingOrganizersEnteredSurvivesTheRoundTrip()
    {
        // Arrange
        await EnterEverythingAsync();
        var first = await ExportAsync(_source);

        // Act
        await ImportAsync(_empty, first);

        // Assert
        Assert.Equal(first, await ExportAsync(_empty));
        Assert.Contains("\"capacity\": 180", first, StringComparison.Ordinal);
        Assert.Contains("\"publishMode\": \"whenReleased\"", first, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2012-10-20\",\n      \"slots\": []", first, StringComparison.Ordinal);
        Assert.Contains("\"slug\": \"zoe-newcomer\"", first, StringComparison.Ordinal);
        Assert.Contains("\"slug\": \"unplaced-split\"", first, StringComparison.Ordinal);
        Assert.Contains("\"room\": \"hall\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingTheBackupIntoTheDatabaseItCameFromChangesNothing()
    {
        // Arrange
        await EnterEverythingAsync();
        var backup = await ExportAsync(_source);
        var document = ScheduleFileReader.Read(Encoding.UTF8.GetBytes(backup), null, new ImportLimits()).Document!;

        // Act
        await using var db = _source.CreateContext();
        var plan = await ScheduleImport.PlanAsync(db, document, Ct);

        // Assert
        Assert.False(plan.ChangesAnything);
        Assert.Equal(document.Sessions.Count, plan.Unchanged);
    }
}
