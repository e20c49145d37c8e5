using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.EventSettings;

public sealed class EventSettingsEditorTests : IAsyncLifetime
{
    private const string User = "ada@example.org";
    private static readonly DateTimeOffset Now = new(2012, 10, 1, 17, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private EventSettingsEditor _editor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _editor = new EventSettingsEditor(new TestDbContextFactory(_database), new FixedTimeProvider(Now));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task LoadingGivesTheSettingsAndTheDatesOfTheDays()
    {
        var form = await _editor.LoadAsync(Ct);

        Assert.NotNull(form);
        Assert.Equal(("OpenStack Summit Fall 2012", "San Diego", "America/Los_Angeles"), (form.Name, form.Venue, form.TimeZoneId));
        Assert.Equal((new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 18), 4), (form.FirstDay, form.LastDay, form.DayCount));
        Assert.Equal(new SlotStart(new DateOnly(2012, 10, 15), new TimeOnly(9, 50)), form.FirstSlot);
    }

    [Fact]
    public async Task DatesFollowADayAddedBeforeTheFirst()
    {
        // Arrange
        var structure = new StructureEditor(new TestDbContextFactory(_database), new FixedTimeProvider(Now));
        Assert.True((await structure.SaveDayAsync(null, new DayDraft(new DateOnly(2012, 10, 14)), User, Ct)).Succeeded);

        // Act
        var form = await _editor.LoadAsync(Ct);

        // Assert
        Assert.Equal((new DateOnly(2012, 10, 14), new DateOnly(2012, 10, 18), 5), (form!.FirstDay, form.LastDay, form.DayCount));
    }

    [Fact]
    public async Task SavingWritesTheSettingsAndOneHistoryEntryWithTheFieldsThatChanged()
    {
        // Arrange
        var form = (await _editor.LoadAsync(Ct))!;
        form.Name = "  OpenStack Summit Grizzly ";
        form.Venue = "Manchester Grand Hyatt, San Diego";
        form.BannerLinkLabel = "";
        form.BannerLinkUrl = "";

        // Act
        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        var saved = await db.Conferences.SingleAsync(Ct);
        Assert.Equal(("OpenStack Summit Grizzly", "Manchester Grand Hyatt, San Diego", null, null), (saved.Name, saved.Venue, saved.BannerLinkLabel, saved.BannerLinkUrl));
        Assert.NotEqual(form.Version, saved.Version);
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("Event", saved.Id, "OpenStack Summit Grizzly", "Updated", User, Now.UtcDateTime),
            (change.EntityType, change.EntityId, change.EntityLabel, change.Action, change.User, change.AtUtc));
        Assert.Equal(
            [
                new FieldChange("Name", "OpenStack Summit Fall 2012", "OpenStack Summit Grizzly"),
                new FieldChange("Venue", "San Diego", "Manchester Grand Hyatt, San Diego"),
                new FieldChange("Link label", "Register now!", null),
                new FieldChange("Link address", "https://openstacksummitfall2012.eventbrite.com", null),
            ],
            change.Fields);
    }

    [Fact]
    public async Task ASaveThatChangesNothingWritesNothing()
    {
        // Arrange
        var form = (await _editor.LoadAsync(Ct))!;
        form.Name += "  ";

        // Act
        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.Empty(await db.Changes.ToListAsync(Ct));
        Assert.Equal(form.Version, (await db.Conferences.SingleAsync(Ct)).Version);
    }

    [Fact]
    public async Task BadInputIsRefusedAtItsFieldsAndChangesNothing()
    {
        // Arrange
        var form = (await _editor.LoadAsync(Ct))!;
        form.Name = "";
        form.TimeZoneId = "Pacific Time";
        form.BannerLinkUrl = "javascript:alert(1)";

        // Act
        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, true, User, Ct);

        // Assert
        Assert.Equal([EventFields.BannerLinkUrl, EventFields.Name, EventFields.TimeZoneId], outcome.Errors.Keys.Order());
        await using var db = _database.CreateContext();
        Assert.Equal("OpenStack Summit Fall 2012", (await db.Conferences.SingleAsync(Ct)).Name);
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task ANameClearedToNullByTheInputIsRefusedAtTheName()
    {
        // Arrange
        var form = (await _editor.LoadAsync(Ct))!;
        form.Name = null!;

        // Act
        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        // Assert
        Assert.Equal(["Give the event a name."], outcome.Errors[EventFields.Name]);
    }

    [Fact]
    public async Task ASecondOrganizersStaleSaveIsRefusedWithWhoChangedWhatAndWhen()
    {
        // Arrange
        var ada = (await _editor.LoadAsync(Ct))!;
        var bob = (await _editor.LoadAsync(Ct))!;
        ada.Name = "Grizzly Summit";
        Assert.True((await _editor.SaveAsync(ada.ToDraft(), ada.Version, false, User, Ct)).Succeeded);
        bob.Venue = "Hyatt, San Diego";

        // Act
        var outcome = await _editor.SaveAsync(bob.ToDraft(), bob.Version, false, "bob@example.org", Ct);

        // Assert
        Assert.NotNull(outcome.Conflict);
        Assert.Equal((User, Now.UtcDateTime), (outcome.Conflict.ChangedBy, outcome.Conflict.AtUtc));
        Assert.Equal([new FieldChange("Name", "OpenStack Summit Fall 2012", "Grizzly Summit")], outcome.Conflict.Fields);
        await using var db = _database.CreateContext();
        var saved = await db.Conferences.SingleAsync(Ct);
        Assert.Equal(("Grizzly Summit", "San Diego"), (saved.Name, saved.Venue));
        Assert.Single(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task ANewTimeZoneIsRefusedUntilConfirmed()
    {
        // Arrange
        var form = (await _editor.LoadAsync(Ct))!;
        form.TimeZoneId = "America/Denver";

        // Act
        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        // Assert
        Assert.Equal(["A new time zone moves every session in calendars: confirm it below, or choose the old zone again."], outcome.Errors[EventFields.TimeZoneId]);
        await using var db = _database.CreateContext();
        Assert.Equal("America/Los_Angeles", (await db.Conferences.SingleAsync(Ct)).TimeZoneId);
    }

    [Fact]
    public async Task AConfirmedNewTimeZoneRaisesEverySessionsRevisionForCalendars()
    {
        // Arrange
        var form = (await _editor.LoadAsync(Ct))!;
        form.TimeZoneId = "America/Denver";

        // Act
        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, true, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.Equal("America/Denver", (await db.Conferences.SingleAsync(Ct)).TimeZoneId);
        Assert.All(await db.Sessions.ToListAsync(Ct), s => Assert.Equal((1, Now.UtcDateTime), (s.Revision, s.LastModifiedUtc)));
        Assert.Equal([new FieldChange("Time zone", "America/Los_Angeles", "America/Denver")], (await db.Changes.SingleAsync(Ct)).Fields);
    }

    [Fact]
    public async Task ANewVenueRaisesEverySessionsRevisionForCalendars()
    {
        // Arrange: every session's calendar LOCATION names the venue
        var form = (await _editor.LoadAsync(Ct))!;
        form.Venue = "Manchester Grand Hyatt";

        // Act
        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.All(await db.Sessions.ToListAsync(Ct), s => Assert.Equal((1, Now.UtcDateTime), (s.Revision, s.LastModifiedUtc)));
    }

    [Fact]
    public async Task ANewNameLeavesTheSessionsAlone()
    {
        var form = (await _editor.LoadAsync(Ct))!;
        form.Name = "OpenStack Summit Grizzly";

        var outcome = await _editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct);

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.All(await db.Sessions.ToListAsync(Ct), s => Assert.Equal(0, s.Revision));
    }

    [Fact]
    public void TheZoneChangeIsExplainedWithTheFirstSlotsTimeBeforeAndAfter()
    {
        var text = ZoneChangeEffect.Describe("America/Los_Angeles", "Europe/Berlin", new SlotStart(new DateOnly(2012, 10, 15), new TimeOnly(9, 50)));

        Assert.Equal(
            "Session times are local to the event: they keep their numbers and are read in Europe/Berlin instead of America/Los_Angeles. "
            + "Calendar feeds use the zone, so every session moves for subscribers on their next refresh. "
            + "For example, 9:50am on Monday, October 15 stays 9:50am, but is 07:50 UTC instead of 16:50 UTC.",
            text);
    }
}
