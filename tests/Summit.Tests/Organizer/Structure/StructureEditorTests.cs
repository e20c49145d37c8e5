using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Summit.Core.Editing;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Structure;

public sealed class StructureEditorTests : IAsyncLifetime
{
    private const string User = "ada@example.org";
    private static readonly DateTimeOffset Now = new(2012, 10, 1, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2012, 10, 15);

    private TestDatabase _database = null!;
    private StructureEditor _editor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _editor = new StructureEditor(new TestDbContextFactory(_database), new FixedClock(Now));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    // Rooms

    [Fact]
    public async Task ListingGivesRoomsAndTracksInOrderAndDaysWithTheirSlotsAndSessionCounts()
    {
        var view = await _editor.ListAsync(Ct);

        Assert.Equal([("Windsor BC", 28)], view.Rooms.Select(r => (r.Name, r.SessionCount)));
        Assert.Equal([("Quantum", 22), ("Keystone", 6)], view.Tracks.Select(t => (t.Name, t.SessionCount)));
        Assert.Equal([Monday, Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(3)], view.Days.Select(d => d.Date));
        Assert.Equal([8, 7, 7, 6], view.Days.Select(d => d.Slots.Count));
        Assert.Equal("9:50am–10:30am", view.Days[0].Slots[0].Label);
        Assert.All(view.Days.SelectMany(d => d.Slots), s => Assert.Equal(1, s.SessionCount));
    }

    [Fact]
    public async Task CreatingARoomPlacesItLastWithASlugFromItsNameAndWritesHistory()
    {
        var outcome = await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("  Annie’s Room ", ""), User, Ct);

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var room = await db.Rooms.SingleAsync(r => r.Id == outcome.SessionId, Ct);
        Assert.Equal(("Annie’s Room", "annie-s-room", 1), (room.Name, room.Slug, room.Order));
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("Room", room.Id, "Annie’s Room", "Created", User), (change.EntityType, change.EntityId, change.EntityLabel, change.Action, change.User));
        Assert.Equal([new FieldChange("Name", null, "Annie’s Room"), new FieldChange("Slug", null, "annie-s-room")], change.Fields);
    }

    [Fact]
    public async Task RoomWithoutANameIsRefusedAtTheNameAndNothingIsSaved()
    {
        var outcome = await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("   ", ""), User, Ct);

        Assert.Equal(["Give the room a name."], outcome.Errors[StructureFields.Name]);
        Assert.False(outcome.Errors.ContainsKey(StructureFields.Slug));
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Rooms.CountAsync(Ct));
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task RoomSlugsMustBeLowercaseHyphenatedAndUnique()
    {
        var malformed = await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Windsor A", "Windsor A"), User, Ct);
        var taken = await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Windsor A", "windsor-bc"), User, Ct);
        var tooLong = await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft(new string('W', 101), ""), User, Ct);

        Assert.Equal(["Use lowercase letters, digits and single hyphens, such as windsor-bc."], malformed.Errors[StructureFields.Slug]);
        Assert.Equal(["Another room already has the slug “windsor-bc”."], taken.Errors[StructureFields.Slug]);
        Assert.Equal(["Keep the name to 100 characters or fewer."], tooLong.Errors[StructureFields.Name]);
    }

    [Fact]
    public async Task RenamingARoomRaisesTheRevisionOfItsSessionsAndWritesHistory()
    {
        // Arrange
        var room = (await _editor.ListAsync(Ct)).Rooms.Single();
        var versions = await SessionVersionsAsync();

        // Act
        var outcome = await _editor.SaveAsync(NamedKind.Room, room.Id, new NamedDraft("Windsor Ballroom", "windsor-bc"), User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var sessions = await db.Sessions.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(28, sessions.Count);
        Assert.All(sessions, s => Assert.Equal((1, Now.UtcDateTime), (s.Revision, s.LastModifiedUtc)));
        Assert.All(sessions, s => Assert.NotEqual(versions[s.Id], s.Version));
        Assert.Equal("Windsor Ballroom", (await db.Rooms.SingleAsync(Ct)).Name);
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("Room", room.Id, "Updated", User), (change.EntityType, change.EntityId, change.Action, change.User));
        Assert.Equal([new FieldChange("Name", "Windsor BC", "Windsor Ballroom")], change.Fields);
    }

    [Fact]
    public async Task ChangingOnlyARoomsSlugLeavesItsSessionsAlone()
    {
        var room = (await _editor.ListAsync(Ct)).Rooms.Single();

        var outcome = await _editor.SaveAsync(NamedKind.Room, room.Id, new NamedDraft("Windsor BC", "windsor"), User, Ct);

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.All(await db.Sessions.ToListAsync(Ct), s => Assert.Equal(0, s.Revision));
        Assert.Equal([new FieldChange("Slug", "windsor-bc", "windsor")], (await db.Changes.SingleAsync(Ct)).Fields);
    }

    [Fact]
    public async Task MovingARoomUpSwapsItWithTheRoomAbove()
    {
        // Arrange
        var added = (await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Annie’s Room", ""), User, Ct)).SessionId!.Value;

        // Act
        var outcome = await _editor.MoveAsync(NamedKind.Room, added, MoveDirection.Up, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal(["Annie’s Room", "Windsor BC"], (await _editor.ListAsync(Ct)).Rooms.Select(r => r.Name));
        await using var db = _database.CreateContext();
        var change = await db.Changes.OrderBy(c => c.Id).LastAsync(Ct);
        Assert.Equal(("Moved", added), (change.Action, change.EntityId));
        Assert.Equal([new FieldChange("Position", "2", "1")], change.Fields);
    }

    [Fact]
    public async Task MovingTheFirstRoomUpIsRefused()
    {
        var room = (await _editor.ListAsync(Ct)).Rooms.Single();

        var outcome = await _editor.MoveAsync(NamedKind.Room, room.Id, MoveDirection.Up, User, Ct);

        Assert.Equal(["“Windsor BC” is already first."], outcome.Errors[StructureFields.Order]);
    }

    [Fact]
    public async Task DeletingAnEmptyRoomRemovesItAndWritesHistory()
    {
        var added = (await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Annie’s Room", ""), User, Ct)).SessionId!.Value;

        var outcome = await _editor.DeleteAsync(NamedKind.Room, added, User, Ct);

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.False(await db.Rooms.AnyAsync(r => r.Id == added, Ct));
        var change = await db.Changes.OrderBy(c => c.Id).LastAsync(Ct);
        Assert.Equal(("Room", added, "Annie’s Room", "Deleted"), (change.EntityType, change.EntityId, change.EntityLabel, change.Action));
    }

    [Fact]
    public async Task DeletingARoomThatHoldsSessionsIsRefusedWithTheirNames()
    {
        var room = (await _editor.ListAsync(Ct)).Rooms.Single();

        var outcome = await _editor.DeleteAsync(NamedKind.Room, room.Id, User, Ct);

        Assert.Equal(
            ["Room “Windsor BC” still holds 28 sessions: “Closing quantum/nova gaps”, “Nova/Quantum vif-plugging Interaction”, “Quantum API improvements” and 25 more. Move or delete them first."],
            outcome.Errors[StructureFields.Delete]);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Rooms.CountAsync(Ct));
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task RenameRefusedByTheDatabaseLeavesNothingHalfSaved()
    {
        // Arrange: another organizer takes the new slug between the editor's checks and its save
        var room = (await _editor.ListAsync(Ct)).Rooms.Single();
        var intruder = new InsertBeforeSave("INSERT INTO \"Rooms\" (\"Name\", \"Slug\", \"Order\") VALUES ('Intruder', 'windsor-ballroom', 5)");
        var editor = new StructureEditor(new InterceptedFactory(_database, intruder), new FixedClock(Now));

        // Act
        var outcome = await editor.SaveAsync(NamedKind.Room, room.Id, new NamedDraft("Windsor Ballroom", "windsor-ballroom"), User, Ct);

        // Assert
        Assert.Equal(["Another room took the slug “windsor-ballroom” a moment ago. Choose another."], outcome.Errors[StructureFields.Slug]);
        await using var db = _database.CreateContext();
        Assert.Equal(["Windsor BC"], await db.Rooms.Select(r => r.Name).ToListAsync(Ct));
        Assert.All(await db.Sessions.ToListAsync(Ct), s => Assert.Equal(0, s.Revision));
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    // Tracks

    [Fact]
    public async Task CreatingATrackPlacesItLast()
    {
        var outcome = await _editor.SaveAsync(NamedKind.Track, null, new NamedDraft("Nova", ""), User, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal([("Quantum", "quantum"), ("Keystone", "keystone"), ("Nova", "nova")], (await _editor.ListAsync(Ct)).Tracks.Select(t => (t.Name, t.Slug)));
    }

    [Fact]
    public async Task TrackNamesAreUniqueWhateverTheirCase()
    {
        var outcome = await _editor.SaveAsync(NamedKind.Track, null, new NamedDraft("keystone", "keystone-2"), User, Ct);

        Assert.Equal(["Another track is already called “keystone”."], outcome.Errors[StructureFields.Name]);
    }

    [Fact]
    public async Task RenamingATrackRaisesTheRevisionOfItsSessionsOnly()
    {
        var keystone = (await _editor.ListAsync(Ct)).Tracks.Single(t => t.Name == "Keystone");

        var outcome = await _editor.SaveAsync(NamedKind.Track, keystone.Id, new NamedDraft("Identity", ""), User, Ct);

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var revisions = await db.Sessions.Select(s => new { s.TrackId, s.Revision }).ToListAsync(Ct);
        Assert.All(revisions.Where(s => s.TrackId == keystone.Id), s => Assert.Equal(1, s.Revision));
        Assert.All(revisions.Where(s => s.TrackId != keystone.Id), s => Assert.Equal(0, s.Revision));
        var track = await db.Tracks.SingleAsync(t => t.Id == keystone.Id, Ct);
        Assert.Equal(("Identity", "identity"), (track.Name, track.Slug));
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("Track", "Updated"), (change.EntityType, change.Action));
    }

    [Fact]
    public async Task MovingATrackDownSwapsItWithTheTrackBelow()
    {
        var quantum = (await _editor.ListAsync(Ct)).Tracks[0];

        var outcome = await _editor.MoveAsync(NamedKind.Track, quantum.Id, MoveDirection.Down, User, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal([("Keystone", 0), ("Quantum", 1)], (await _editor.ListAsync(Ct)).Tracks.Select(t => (t.Name, t.Order)));
    }

    [Fact]
    public async Task DeletingATrackThatHoldsSessionsIsRefusedWithTheirNames()
    {
        var keystone = (await _editor.ListAsync(Ct)).Tracks.Single(t => t.Name == "Keystone");

        var outcome = await _editor.DeleteAsync(NamedKind.Track, keystone.Id, User, Ct);

        Assert.Equal(
            ["Track “Keystone” still holds 6 sessions: “Keystone Internals”, “LDAP and Active Directory integration”, “PKI Future” and 3 more. Move or delete them first."],
            outcome.Errors[StructureFields.Delete]);
    }

    [Fact]
    public async Task DeletingAnEmptyTrackRemovesIt()
    {
        var added = (await _editor.SaveAsync(NamedKind.Track, null, new NamedDraft("Nova", ""), User, Ct)).SessionId!.Value;

        var outcome = await _editor.DeleteAsync(NamedKind.Track, added, User, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["Quantum", "Keystone"], (await _editor.ListAsync(Ct)).Tracks.Select(t => t.Name));
    }

    // Days

    [Fact]
    public async Task CreatingADayAddsItByDateAndWritesHistory()
    {
        var outcome = await _editor.SaveDayAsync(null, new DayDraft(new DateOnly(2012, 10, 19)), User, Ct);

        Assert.True(outcome.Succeeded);
        var day = (await _editor.ListAsync(Ct)).Days[^1];
        Assert.Equal((new DateOnly(2012, 10, 19), 0), (day.Date, day.Slots.Count));
        await using var db = _database.CreateContext();
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("Day", day.Id, "Friday, October 19, 2012", "Created"), (change.EntityType, change.EntityId, change.EntityLabel, change.Action));
    }

    [Theory]
    [InlineData(null, "Choose a date.")]
    [InlineData("2012-10-16", "There is already a day on Tuesday, October 16.")]
    [InlineData("2021-10-15", "Choose a date within a year of the conference (October 15, 2012 to October 18, 2012).")]
    public async Task DayDatesMustBeGivenUniqueAndNearTheConference(string? date, string message)
    {
        var draft = new DayDraft(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var outcome = await _editor.SaveDayAsync(null, draft, User, Ct);

        Assert.Equal([message], outcome.Errors[StructureFields.Date]);
        Assert.Equal(4, (await _editor.ListAsync(Ct)).Days.Count);
    }

    [Fact]
    public async Task MovingADayToAnotherDateRaisesTheRevisionOfItsSessions()
    {
        var monday = (await _editor.ListAsync(Ct)).Days[0];

        var outcome = await _editor.SaveDayAsync(monday.Id, new DayDraft(new DateOnly(2012, 10, 19)), User, Ct);

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var revisions = await db.Sessions.Select(s => new { s.TimeSlot!.DayId, s.Revision }).ToListAsync(Ct);
        Assert.Equal(8, revisions.Count(s => s.DayId == monday.Id && s.Revision == 1));
        Assert.All(revisions.Where(s => s.DayId != monday.Id), s => Assert.Equal(0, s.Revision));
        Assert.Equal([new FieldChange("Date", "Monday, October 15, 2012", "Friday, October 19, 2012")], (await db.Changes.SingleAsync(Ct)).Fields);
    }

    [Fact]
    public async Task DeletingADayThatHoldsSessionsIsRefusedWithTheirNames()
    {
        var monday = (await _editor.ListAsync(Ct)).Days[0];

        var outcome = await _editor.DeleteDayAsync(monday.Id, User, Ct);

        Assert.Equal(
            ["Day “Monday, October 15” still holds 8 sessions: “Closing quantum/nova gaps”, “Nova/Quantum vif-plugging Interaction”, “Quantum API improvements” and 5 more. Move or delete them first."],
            outcome.Errors[StructureFields.Delete]);
        Assert.Equal(4, (await _editor.ListAsync(Ct)).Days.Count);
    }

    [Fact]
    public async Task DeletingAnEmptyDayDeletesItsSlotsToo()
    {
        // Arrange
        var dayId = (await _editor.SaveDayAsync(null, new DayDraft(new DateOnly(2012, 10, 19)), User, Ct)).SessionId!.Value;
        await _editor.SaveSlotAsync(null, new SlotDraft(dayId, new TimeOnly(9, 0), new TimeOnly(12, 0)), User, Ct);

        // Act
        var outcome = await _editor.DeleteDayAsync(dayId, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.False(await db.Days.AnyAsync(d => d.Id == dayId, Ct));
        Assert.False(await db.TimeSlots.AnyAsync(s => s.DayId == dayId, Ct));
        var change = await db.Changes.OrderBy(c => c.Id).LastAsync(Ct);
        Assert.Equal(("Day", "Deleted"), (change.EntityType, change.Action));
        Assert.Contains(new FieldChange("Slots", "9:00am–12:00pm", null), change.Fields);
    }

    // Time slots

    [Fact]
    public async Task CreatingASlotAddsItToItsDayByStartAndWritesHistory()
    {
        var monday = (await _editor.ListAsync(Ct)).Days[0];

        var outcome = await _editor.SaveSlotAsync(null, new SlotDraft(monday.Id, new TimeOnly(8, 0, 30), new TimeOnly(8, 40)), User, Ct);

        Assert.True(outcome.Succeeded);
        var slots = (await _editor.ListAsync(Ct)).Days[0].Slots;
        var first = slots[0];
        Assert.Equal((outcome.SessionId!.Value, "8:00am–8:40am", 9), (first.Id, first.Label, slots.Count));
        await using var db = _database.CreateContext();
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("TimeSlot", first.Id, "Mon 15 Oct 8:00am–8:40am", "Created"), (change.EntityType, change.EntityId, change.EntityLabel, change.Action));
    }

    [Fact]
    public async Task SlotThatEndsBeforeItStartsIsRefusedAndNothingIsSaved()
    {
        var monday = (await _editor.ListAsync(Ct)).Days[0];

        var outcome = await _editor.SaveSlotAsync(null, new SlotDraft(monday.Id, new TimeOnly(19, 0), new TimeOnly(18, 30)), User, Ct);

        Assert.Equal(["The slot must end after it starts."], outcome.Errors[StructureFields.End]);
        await using var db = _database.CreateContext();
        Assert.Equal(28, await db.TimeSlots.CountAsync(Ct));
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task SlotThatOverlapsAnotherOnTheSameDayIsRefused()
    {
        var monday = (await _editor.ListAsync(Ct)).Days[0];

        var outcome = await _editor.SaveSlotAsync(null, new SlotDraft(monday.Id, new TimeOnly(9, 30), new TimeOnly(10, 0)), User, Ct);

        Assert.Equal(["Overlaps 9:50am–10:30am."], outcome.Errors[StructureFields.Start]);
    }

    [Fact]
    public async Task SlotWithoutTimesOrDayIsRefusedAtEachField()
    {
        var outcome = await _editor.SaveSlotAsync(null, new SlotDraft(0, null, null), User, Ct);

        Assert.Equal(["Choose a day."], outcome.Errors[StructureFields.DayId]);
        Assert.Equal(["Give the start time."], outcome.Errors[StructureFields.Start]);
        Assert.Equal(["Give the end time."], outcome.Errors[StructureFields.End]);
    }

    [Fact]
    public async Task MovingASlotRaisesTheRevisionOfItsSessionOnly()
    {
        // Arrange: 9:50–10:30 becomes 9:40–10:20, overlapping only its own old times
        var slot = (await _editor.ListAsync(Ct)).Days[0].Slots[0];

        // Act
        var outcome = await _editor.SaveSlotAsync(slot.Id, new SlotDraft(slot.DayId, new TimeOnly(9, 40), new TimeOnly(10, 20)), User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var moved = await db.Sessions.SingleAsync(s => s.TimeSlotId == slot.Id, Ct);
        Assert.Equal(("Closing quantum/nova gaps", 1), (moved.Title, moved.Revision));
        Assert.Equal(1, await db.Sessions.CountAsync(s => s.Revision > 0, Ct));
        Assert.Equal(
            [new FieldChange("Start", "9:50am", "9:40am"), new FieldChange("End", "10:30am", "10:20am")],
            (await db.Changes.SingleAsync(Ct)).Fields);
    }

    [Fact]
    public async Task DeletingASlotThatHoldsASessionIsRefusedWithItsName()
    {
        var slot = (await _editor.ListAsync(Ct)).Days[0].Slots[0];

        var outcome = await _editor.DeleteSlotAsync(slot.Id, User, Ct);

        Assert.Equal(
            ["Slot “Mon 15 Oct 9:50am–10:30am” still holds 1 session: “Closing quantum/nova gaps”. Move or delete it first."],
            outcome.Errors[StructureFields.Delete]);
    }

    [Fact]
    public async Task DeletingAnEmptySlotRemovesItAndWritesHistory()
    {
        var monday = (await _editor.ListAsync(Ct)).Days[0];
        var added = (await _editor.SaveSlotAsync(null, new SlotDraft(monday.Id, new TimeOnly(8, 0), new TimeOnly(8, 40)), User, Ct)).SessionId!.Value;

        var outcome = await _editor.DeleteSlotAsync(added, User, Ct);

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.False(await db.TimeSlots.AnyAsync(s => s.Id == added, Ct));
        var change = await db.Changes.OrderBy(c => c.Id).LastAsync(Ct);
        Assert.Equal(("TimeSlot", added, "Deleted"), (change.EntityType, change.EntityId, change.Action));
    }

    private async Task<Dictionary<int, Guid>> SessionVersionsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.ToDictionaryAsync(s => s.Id, s => s.Version, Ct);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Runs one statement inside the editor's transaction just before its first save, as a quicker organizer would.</summary>
    private sealed class InsertBeforeSave(string sql) : SaveChangesInterceptor
    {
        private bool _done;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!_done && eventData.Context is { } context)
            {
                _done = true;
                await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }

            return result;
        }
    }

    private sealed class InterceptedFactory(TestDatabase database, IInterceptor interceptor) : IDbContextFactory<SummitDbContext>
    {
        public SummitDbContext CreateDbContext() =>
            new(database.Options().AddInterceptors(interceptor).Options);
    }
}
