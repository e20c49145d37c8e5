using Microsoft.EntityFrameworkCore;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Sessions;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Saving;

/// <summary>A save that changes nothing (a second click on Save) writes nothing, in every organizer editor; each test on its own database.</summary>
public sealed class NothingToSaveTests : IAsyncLifetime
{
    private const string User = "ada@example.org";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private SessionEditor Sessions => new(new TestDbContextFactory(_database), TimeProvider.System);

    private StructureEditor Structure => new(new TestDbContextFactory(_database), TimeProvider.System);

    private async Task<(int Id, SessionForm Form)> OpenAsync(string slug)
    {
        await using var db = _database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        return (id, (await Sessions.LoadAsync(id, Ct))!);
    }

    private async Task<(int Revision, Guid Version, int Changes)> StateAsync(int sessionId)
    {
        await using var db = _database.CreateContext();
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, Ct);
        return (session.Revision, session.Version, await db.Changes.CountAsync(Ct));
    }

    [Fact]
    public async Task SavingAnUnchangedSessionKeepsItsRevisionAndWritesNoHistory()
    {
        // Arrange
        var (id, form) = await OpenAsync("pki-future");
        var before = await StateAsync(id);

        // Act
        var outcome = await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.True(outcome.Unchanged);
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task ASecondClickOnSaveAfterASavedEditChangesNothingMore()
    {
        // Arrange: the first click saved the new title; the second sends the same form again.
        var (id, form) = await OpenAsync("pki-future");
        form.Title = "PKI: the future";
        Assert.True((await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct)).Succeeded);
        var afterFirst = await StateAsync(id);

        // Act
        var outcome = await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.True(outcome.Unchanged);
        Assert.Equal(afterFirst, await StateAsync(id));
        Assert.Equal((1, 1), (afterFirst.Revision, afterFirst.Changes));
    }

    [Fact]
    public async Task SavingUnchangedLeadsAndSubjectsWritesNothing()
    {
        // Arrange: a session with leads, given a subject, then saved again as loaded.
        var (id, form) = await OpenAsync("nova-quantum-vif-plugging-interaction");
        form.Subjects.Add(new SessionForm.SubjectRow { Title = "VIF plugging", Description = "Who plugs what" });
        Assert.True((await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct)).Succeeded);
        (_, form) = await OpenAsync("nova-quantum-vif-plugging-interaction");
        Assert.NotEmpty(form.Leads);
        Assert.NotEmpty(form.Subjects);
        var before = await StateAsync(id);

        // Act
        var outcome = await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.True(outcome.Unchanged);
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task ChangingOnlyASubjectsDescriptionIsStillSavedAndNamedInTheHistory()
    {
        // Arrange
        var (id, form) = await OpenAsync("pki-future");
        form.Subjects.Add(new SessionForm.SubjectRow { Title = "Certificates", Description = "Why" });
        Assert.True((await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct)).Succeeded);
        (_, form) = await OpenAsync("pki-future");
        form.Subjects[0].Description = "Why and how";

        // Act
        var outcome = await Sessions.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.False(outcome.Unchanged);
        await using var db = _database.CreateContext();
        Assert.Equal("Why and how", (await db.Sessions.Include(s => s.Subjects).SingleAsync(s => s.Id == id, Ct)).Subjects.Single().Description);
        var latest = await db.Changes.OrderByDescending(c => c.Id).FirstAsync(Ct);
        Assert.Contains(latest.Fields, f => f.Field == "Subject “Certificates”" && f.New == "Why and how");
    }

    [Fact]
    public async Task SavingARoomUnderItsOwnNameSaysNothingToSaveAndWritesNothing()
    {
        // Arrange
        await using var db = _database.CreateContext();
        var room = await db.Rooms.AsNoTracking().FirstAsync(r => r.Slug == "windsor-bc", Ct);

        // Act
        var outcome = await Structure.SaveAsync(NamedKind.Room, room.Id, new NamedDraft(room.Name, room.Slug), User, Ct);

        // Assert
        Assert.True(outcome.Unchanged);
        Assert.Equal(0, await db.Changes.CountAsync(Ct));
        Assert.Equal(0, await db.Sessions.SumAsync(s => s.Revision, Ct));
    }

    [Fact]
    public async Task SavingADayOnItsOwnDateSaysNothingToSaveAndWritesNothing()
    {
        // Arrange
        await using var db = _database.CreateContext();
        var day = await db.Days.AsNoTracking().OrderBy(d => d.Date).FirstAsync(Ct);

        // Act
        var outcome = await Structure.SaveDayAsync(day.Id, new DayDraft(day.Date), User, Ct);

        // Assert
        Assert.True(outcome.Unchanged);
        Assert.Equal(0, await db.Changes.CountAsync(Ct));
        Assert.Equal(0, await db.Sessions.SumAsync(s => s.Revision, Ct));
    }

    [Fact]
    public async Task SavingASlotAtItsOwnTimesSaysNothingToSaveAndWritesNothing()
    {
        // Arrange
        await using var db = _database.CreateContext();
        var used = await db.Sessions.Select(s => s.TimeSlotId).FirstAsync(Ct);
        var slot = await db.TimeSlots.AsNoTracking().SingleAsync(s => s.Id == used, Ct);

        // Act
        var outcome = await Structure.SaveSlotAsync(slot.Id, new SlotDraft(slot.DayId, slot.Start, slot.End), User, Ct);

        // Assert
        Assert.True(outcome.Unchanged);
        Assert.Equal(0, await db.Changes.CountAsync(Ct));
        Assert.Equal(0, await db.Sessions.SumAsync(s => s.Revision, Ct));
    }

    [Fact]
    public async Task SavingUnchangedEventSettingsSaysNothingToSaveAndWritesNothing()
    {
        // Arrange
        var editor = new EventSettingsEditor(new TestDbContextFactory(_database), TimeProvider.System);
        var form = (await editor.LoadAsync(Ct))!;

        // Act
        var outcome = await editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        // Assert
        Assert.True(outcome.Unchanged);
        await using var db = _database.CreateContext();
        Assert.Equal(form.Version, (await db.Conferences.SingleAsync(Ct)).Version);
        Assert.Equal(0, await db.Changes.CountAsync(Ct));
    }
}
