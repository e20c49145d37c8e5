using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer;

public sealed class SessionEditorTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SessionEditor _editor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _editor = new SessionEditor(new TestDbContextFactory(_database), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<(int Id, SessionForm Form)> OpenAsync(string slug)
    {
        await using var db = _database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        return (id, (await _editor.LoadAsync(id, Ct))!);
    }

    private async Task<int> FreeSlotAsync(int roomId)
    {
        await using var db = _database.CreateContext();
        var day = await db.Days.OrderBy(d => d.Date).FirstAsync(Ct);
        var slot = new TimeSlot { DayId = day.Id, Start = new TimeOnly(8, 0), End = new TimeOnly(8, 40) };
        db.TimeSlots.Add(slot);
        await db.SaveChangesAsync(Ct);
        return slot.Id;
    }

    [Fact]
    public async Task SavingRaisesRevisionStampsTheChangeAndWritesHistory()
    {
        // Arrange
        var (id, form) = await OpenAsync("pki-future");
        form.Title = "PKI: the future";

        // Act
        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var saved = await db.Sessions.SingleAsync(s => s.Id == id, Ct);
        Assert.Equal(1, saved.Revision);
        Assert.True(saved.LastModifiedUtc > DateTime.UtcNow.AddMinutes(-1));
        Assert.NotEqual(form.Version, saved.Version);
        var change = await db.Changes.SingleAsync(c => c.EntityId == id, Ct);
        Assert.Equal(("ada@example.org", "Updated"), (change.User, change.Action));
        Assert.Equal([new FieldChange("Title", "PKI Future", "PKI: the future")], change.Fields);
    }

    [Fact]
    public async Task DoubleBookingARoomAndSlotIsRefusedAtTheField()
    {
        var (id, form) = await OpenAsync("pki-future");
        var (_, other) = await OpenAsync("keystone-internals");
        form.TimeSlotId = other.TimeSlotId;

        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);

        Assert.False(outcome.Succeeded);
        Assert.Equal(["“Keystone Internals” is already in this room at this time. Choose a free slot."], outcome.Errors[nameof(SessionDraft.TimeSlotId)]);
        await using var db = _database.CreateContext();
        Assert.Equal(0, (await db.Sessions.SingleAsync(s => s.Id == id, Ct)).Revision);
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task ConcurrentEditIsRefusedWithWhoChangedWhat()
    {
        // Arrange: two organizers open the same session
        var (id, first) = await OpenAsync("future-of-dns-in-openstack");
        var (_, second) = await OpenAsync("future-of-dns-in-openstack");
        first.Title = "DNS as a service";
        Assert.True((await _editor.SaveAsync(id, first.ToDraft(), first.Version, "ada@example.org", Ct)).Succeeded);

        // Act
        second.Description = "Rewritten by the second organizer";
        var outcome = await _editor.SaveAsync(id, second.ToDraft(), second.Version, "bob@example.org", Ct);

        // Assert
        Assert.False(outcome.Succeeded);
        Assert.Equal("ada@example.org", outcome.Conflict!.ChangedBy);
        Assert.Contains(new FieldChange("Title", "Future of DNS in Openstack", "DNS as a service"), outcome.Conflict.Fields);
        await using var db = _database.CreateContext();
        var saved = await db.Sessions.SingleAsync(s => s.Id == id, Ct);
        Assert.Equal("DNS as a service", saved.Title);
        Assert.DoesNotContain("Rewritten", saved.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoomRenamedWhileEditingIsTheConflictShown()
    {
        // Arrange: a session is open while another organizer renames its room
        var (id, form) = await OpenAsync("pki-future");
        var structure = new Summit.Organizer.Structure.StructureEditor(new TestDbContextFactory(_database), TimeProvider.System);
        var renamed = await structure.SaveAsync(Summit.Organizer.Structure.NamedKind.Room, form.RoomId, new Summit.Organizer.Structure.NamedDraft("Windsor Ballroom", "windsor-bc"), "carol@example.org", Ct);
        Assert.True(renamed.Succeeded);

        // Act
        form.Title = "PKI roadmap";
        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, "bob@example.org", Ct);

        // Assert
        Assert.Equal("carol@example.org", outcome.Conflict!.ChangedBy);
        Assert.Contains(outcome.Conflict.Fields, f => f.New == "Windsor Ballroom");
    }

    [Fact]
    public async Task ReloadingAfterAConflictLetsTheOrganizerReapply()
    {
        var (id, first) = await OpenAsync("future-of-dns-in-openstack");
        var (_, second) = await OpenAsync("future-of-dns-in-openstack");
        first.Title = "DNS as a service";
        await _editor.SaveAsync(id, first.ToDraft(), first.Version, "ada@example.org", Ct);

        var fresh = (await _editor.LoadAsync(id, Ct))!;
        fresh.Description = second.Description + "\n\nAdded after review.";
        var outcome = await _editor.SaveAsync(id, fresh.ToDraft(), fresh.Version, "bob@example.org", Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(2, (await _editor.LoadAsync(id, Ct))!.Revision);
    }

    [Fact]
    public async Task InvalidFormChangesNothing()
    {
        var (id, form) = await OpenAsync("pki-future");
        form.Title = "  ";
        form.Slug = "Not A Slug";
        form.Kind = SessionKind.Split;

        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);

        Assert.Equal(["Give the session a title."], outcome.Errors[nameof(SessionDraft.Title)]);
        Assert.Equal(["Use lowercase letters, digits and single hyphens, such as keystone-internals."], outcome.Errors[nameof(SessionDraft.Slug)]);
        Assert.Equal(["A split session shares its slot between at least two subjects."], outcome.Errors[nameof(SessionDraft.Subjects)]);
        Assert.Equal("PKI Future", (await _editor.LoadAsync(id, Ct))!.Title);
    }

    [Fact]
    public async Task DuplicateSlugIsRefused()
    {
        var (id, form) = await OpenAsync("pki-future");
        form.Slug = "keystone-internals";

        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);

        Assert.Equal(["Another session already has the address /sessions/keystone-internals."], outcome.Errors[nameof(SessionDraft.Slug)]);
    }

    [Fact]
    public async Task NewSessionGetsItsFieldsLeadsAndSubjects()
    {
        var (_, template) = await OpenAsync("pki-future");
        var slot = await FreeSlotAsync(template.RoomId!.Value);
        var form = new SessionForm
        {
            Title = "Nova cells",
            Slug = "nova-cells",
            RoomId = template.RoomId,
            TimeSlotId = slot,
            Kind = SessionKind.Split,
            Leads = [new() { PersonId = null, NewPersonName = "Vish", IsTentative = true }],
            Subjects = [new() { Title = "Cells v1" }, new() { Title = "Cells v2" }],
        };

        var outcome = await _editor.SaveAsync(null, form.ToDraft(), Guid.Empty, "ada@example.org", Ct);

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        var saved = (await _editor.LoadAsync(outcome.SessionId!.Value, Ct))!;
        Assert.Equal(["Cells v1", "Cells v2"], saved.Subjects.Select(s => s.Title));
        Assert.Equal(("Vish", true), (saved.Leads.Single().Name, saved.Leads.Single().IsTentative));
        await using var db = _database.CreateContext();
        Assert.Equal("Created", (await db.Changes.SingleAsync(c => c.EntityId == outcome.SessionId, Ct)).Action);
    }

    [Fact]
    public async Task CancelKeepsTheSessionMarkedCancelled()
    {
        var (id, form) = await OpenAsync("pki-future");

        var outcome = await _editor.CancelAsync(id, form.Version, "ada@example.org", Ct);

        Assert.True(outcome.Succeeded);
        var saved = (await _editor.LoadAsync(id, Ct))!;
        Assert.Equal((SessionStatus.Cancelled, 1), (saved.Status, saved.Revision));
    }

    [Fact]
    public async Task MergeKeepsEverySubjectAndFreesTheSlot()
    {
        // Arrange: merge the split "Improving Quantum Firewalling" into "Future of DNS in Openstack"
        var (sourceId, source) = await OpenAsync("improving-quantum-firewalling");
        var (targetId, _) = await OpenAsync("future-of-dns-in-openstack");

        // Act
        var outcome = await _editor.MergeAsync(sourceId, targetId, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        var merged = (await _editor.LoadAsync(targetId, Ct))!;
        Assert.Equal(
            ["Future of DNS in Openstack", "Improving Quantum Firewalling", "Packet Filter API and its drivers", "Firewall API for quantum"],
            merged.Subjects.Select(s => s.Title));
        Assert.Equal(SessionKind.Split, merged.Kind);
        Assert.Null(await _editor.LoadAsync(sourceId, Ct));
        var options = await _editor.OptionsAsync(null, Ct);
        Assert.True(options.IsFree(source.RoomId!.Value, source.TimeSlotId!.Value));
    }

    [Fact]
    public async Task MergeKeepsTheStarsOfAttendeesWhoChoseTheMergedSession()
    {
        // Arrange: an attendee starred the session that is about to be merged away
        var (sourceId, _) = await OpenAsync("improving-quantum-firewalling");
        var (targetId, _) = await OpenAsync("future-of-dns-in-openstack");
        await using (var db = _database.CreateContext())
        {
            db.Agendas.Add(new Summit.Core.Agenda.PersonalAgenda { TokenHash = new byte[32], Items = [new() { SessionId = sourceId }] });
            await db.SaveChangesAsync(Ct);
        }

        // Act
        Assert.True((await _editor.MergeAsync(sourceId, targetId, "ada@example.org", Ct)).Succeeded);

        // Assert
        await using var check = _database.CreateContext();
        Assert.Equal([targetId], await check.AgendaItems.Select(i => i.SessionId).ToListAsync(Ct));
    }

    [Fact]
    public async Task SplitOutMovesASubjectIntoItsOwnSessionInAFreeSlot()
    {
        var (id, session) = await OpenAsync("quantum-scheduler-quantum-xenserver");
        var slot = await FreeSlotAsync(session.RoomId!.Value);

        var outcome = await _editor.SplitOutAsync(id, 1, session.RoomId!.Value, slot, "ada@example.org", Ct);

        Assert.True(outcome.Succeeded);
        var rest = (await _editor.LoadAsync(id, Ct))!;
        var moved = (await _editor.LoadAsync(outcome.SessionId!.Value, Ct))!;
        Assert.Equal(["Quantum Scheduler"], rest.Subjects.Select(s => s.Title));
        Assert.Equal(SessionKind.Regular, rest.Kind);
        Assert.Equal("Quantum and XenAPI / XenServer", moved.Title);
        Assert.StartsWith("There seem to be lots of issues", moved.Description, StringComparison.Ordinal);
        Assert.Equal(slot, moved.TimeSlotId);
    }

    [Fact]
    public async Task SplitOutIntoATakenSlotIsRefused()
    {
        var (id, session) = await OpenAsync("quantum-scheduler-quantum-xenserver");
        var (_, other) = await OpenAsync("pki-future");

        var outcome = await _editor.SplitOutAsync(id, 1, session.RoomId!.Value, other.TimeSlotId!.Value, "ada@example.org", Ct);

        Assert.False(outcome.Succeeded);
        Assert.Equal(2, (await _editor.LoadAsync(id, Ct))!.Subjects.Count);
    }

    [Fact]
    public async Task LeadBookedInTwoRoomsAtOnceIsWarned()
    {
        // Arrange: garyk also leads a session in a second room at the time of his vif-plugging session
        var (_, vif) = await OpenAsync("nova-quantum-vif-plugging-interaction");
        await using (var db = _database.CreateContext())
        {
            var room = new Room { Name = "Emma AB", Slug = "emma-ab", Order = 1 };
            db.Rooms.Add(room);
            await db.SaveChangesAsync(Ct);
            var form = new SessionForm { Title = "Nova networking", Slug = "nova-networking", RoomId = room.Id, TimeSlotId = vif.TimeSlotId, Leads = [new() { PersonId = vif.Leads[0].PersonId }] };
            Assert.True((await _editor.SaveAsync(null, form.ToDraft(), Guid.Empty, "ada@example.org", Ct)).Succeeded);
        }

        // Act
        await using var read = _database.CreateContext();
        var warnings = ScheduleWarnings.Find((await new ScheduleReader(read).ReadAsync(Ct))!);

        // Assert
        var warning = Assert.Single(warnings, w => w.Kind == WarningKind.LeadDoubleBooked);
        Assert.Equal("garyk leads “Nova/Quantum vif-plugging Interaction” (Windsor BC) and “Nova networking” (Emma AB) at the same time.", warning.Message);
    }
}
