using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Data.Import;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Sessions;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Saving;

/// <summary>Control characters pasted or imported into organizer text never reach the database (each test on its own database).</summary>
public sealed class ControlCharacterInputTests : IAsyncLifetime
{
    private const string User = "ada@example.org";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private SessionEditor Sessions => new(new TestDbContextFactory(_database), TimeProvider.System);

    [Fact]
    public async Task ASessionTitleLeadAndSubjectAreSavedWithoutControlsAndTheDescriptionKeepsItsLines()
    {
        // Arrange
        await using var read = _database.CreateContext();
        var id = await read.Sessions.Where(s => s.Slug == "pki-future").Select(s => s.Id).SingleAsync(Ct);
        var form = (await Sessions.LoadAsync(id, Ct))!;
        form.Title = "PKI\u0000 Future\u0007";
        form.Description = "Line one\r\n\tindented\u0000 line";
        form.Leads.Add(new SessionForm.LeadRow { NewPersonName = "Grace\u0000 Hopper", Name = "Grace Hopper" });
        form.Subjects.Add(new SessionForm.SubjectRow { Title = "Cert\u001Bs", Description = "Why\u0000\nhow" });

        // Act
        var outcome = await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var saved = await db.Sessions.Include(s => s.Leads).ThenInclude(l => l.Person).Include(s => s.Subjects).SingleAsync(s => s.Id == id, Ct);
        Assert.Equal("PKI Future", saved.Title);
        Assert.Equal("Line one\n\tindented line", saved.Description);
        Assert.Contains(saved.Leads, l => l.Person!.Name == "Grace Hopper");
        Assert.Equal(("Certs", "Why\nhow"), (saved.Subjects.Single().Title, saved.Subjects.Single().Description));
    }

    [Fact]
    public async Task ARoomNameIsSavedWithoutControls()
    {
        // Arrange
        var editor = new StructureEditor(new TestDbContextFactory(_database), TimeProvider.System);

        // Act
        var outcome = await editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Big\u0000 Hall\u0007", ""), User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var room = await db.Rooms.SingleAsync(r => r.Id == outcome.SessionId, Ct);
        Assert.Equal(("Big Hall", "big-hall"), (room.Name, room.Slug));
    }

    [Fact]
    public async Task TheEventNameAndVenueAreSavedWithoutControlsAndTheBannerKeepsItsLines()
    {
        // Arrange
        var editor = new EventSettingsEditor(new TestDbContextFactory(_database), TimeProvider.System);
        var form = (await editor.LoadAsync(Ct))!;
        form.Name = "Grizzly\u0000 Summit";
        form.Venue = "San\tDiego\u0000";
        form.BannerText = "Welcome\u0000\nto Grizzly";

        // Act
        var outcome = await editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var saved = await db.Conferences.SingleAsync(Ct);
        Assert.Equal(("Grizzly Summit", "San Diego", "Welcome\nto Grizzly"), (saved.Name, saved.Venue, saved.BannerText));
    }

    [Fact]
    public async Task AnImportedScheduleIsStoredWithoutControls()
    {
        // Arrange
        PublishedSchedule schedule;
        await using (var source = _database.CreateContext())
        {
            schedule = (await new ScheduleReader(source).ReadAsync(Ct))!;
        }

        var first = schedule.Sessions[0];
        schedule = schedule with
        {
            Event = schedule.Event with { Name = "Grizzly\u0000" },
            Rooms = [.. schedule.Rooms.Select(r => r with { Name = r.Name + "\u0000" })],
            Sessions = [first with { Title = "Tit\u0000le", Description = "A\u0000\nB" }, .. schedule.Sessions.Skip(1)],
        };
        await using var target = await TestDatabase.CreateAsync(seed: false);

        // Act
        await using (var db = target.CreateContext())
        {
            await ScheduleImporter.ReplaceAsync(db, schedule, Ct);
        }

        // Assert
        await using var check = target.CreateContext();
        Assert.Equal("Grizzly", (await check.Conferences.SingleAsync(Ct)).Name);
        Assert.DoesNotContain(await check.Rooms.Select(r => r.Name).ToListAsync(Ct), n => n.Contains('\u0000', StringComparison.Ordinal));
        var session = await check.Sessions.SingleAsync(s => s.Uid == first.Uid, Ct);
        Assert.Equal(("Title", "A\nB"), (session.Title, session.Description));
    }
}
