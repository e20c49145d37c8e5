using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Structure;

/// <summary>A room's capacity on the structure page: optional, a whole number, recorded in the history like any room change.</summary>
public sealed class RoomCapacityEditorTests : IAsyncLifetime
{
    private const string User = "ada@example.org";
    private static readonly DateTimeOffset Now = new(2012, 10, 1, 17, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private StructureEditor _editor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _editor = new StructureEditor(new TestDbContextFactory(_database), new FixedTimeProvider(Now));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<NamedRow> WindsorAsync() => (await _editor.ListAsync(Ct)).Rooms.Single(r => r.Slug == "windsor-bc");

    [Fact]
    public async Task ARoomCreatedWithACapacityListsItAndTheHistoryRecordsIt()
    {
        // Act
        var outcome = await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Annie’s Room", "", " 40 "), User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal(40, (await _editor.ListAsync(Ct)).Rooms.Single(r => r.Id == outcome.SessionId).Capacity);
        await using var db = _database.CreateContext();
        Assert.Contains(new FieldChange("Capacity", null, "40"), (await db.Changes.SingleAsync(Ct)).Fields);
    }

    [Fact]
    public async Task SettingTheCapacityOfARoomRecordsTheChangeAndLeavesItsSessionsAlone()
    {
        // Arrange
        var windsor = await WindsorAsync();

        // Act
        var outcome = await _editor.SaveAsync(NamedKind.Room, windsor.Id, new NamedDraft(windsor.Name, windsor.Slug, "120"), User, Ct);

        // Assert: calendars never show a capacity, so no session changes for them
        Assert.True(outcome.Succeeded);
        Assert.Equal(120, (await WindsorAsync()).Capacity);
        await using var db = _database.CreateContext();
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("Room", windsor.Id, "Updated"), (change.EntityType, change.EntityId, change.Action));
        Assert.Equal([new FieldChange("Capacity", null, "120")], change.Fields);
        Assert.All(await db.Sessions.AsNoTracking().ToListAsync(Ct), s => Assert.Equal(0, s.Revision));
    }

    [Fact]
    public async Task EmptyingTheCapacityMakesItUnknownAgain()
    {
        // Arrange
        var windsor = await WindsorAsync();
        await _editor.SaveAsync(NamedKind.Room, windsor.Id, new NamedDraft(windsor.Name, windsor.Slug, "120"), User, Ct);

        // Act
        var outcome = await _editor.SaveAsync(NamedKind.Room, windsor.Id, new NamedDraft(windsor.Name, windsor.Slug, ""), User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Null((await WindsorAsync()).Capacity);
        await using var db = _database.CreateContext();
        Assert.Equal([new FieldChange("Capacity", "120", null)], (await db.Changes.OrderBy(c => c.Id).LastAsync(Ct)).Fields);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("40 people")]
    [InlineData("100001")]
    public async Task ABadCapacityIsRefusedAtItsFieldAndNothingIsSaved(string typed)
    {
        // Arrange
        var windsor = await WindsorAsync();

        // Act
        var outcome = await _editor.SaveAsync(NamedKind.Room, windsor.Id, new NamedDraft("Windsor Ballroom", windsor.Slug, typed), User, Ct);

        // Assert
        Assert.Equal(["Give the number of people the room holds, a whole number from 1 to 100,000, or leave it empty."], outcome.Errors[StructureFields.Capacity]);
        Assert.Equal(("Windsor BC", null), ((await WindsorAsync()).Name, (await WindsorAsync()).Capacity));
        await using var db = _database.CreateContext();
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task SavingTheSameCapacityAgainSavesNothing()
    {
        // Arrange
        var windsor = await WindsorAsync();
        await _editor.SaveAsync(NamedKind.Room, windsor.Id, new NamedDraft(windsor.Name, windsor.Slug, "120"), User, Ct);

        // Act
        var outcome = await _editor.SaveAsync(NamedKind.Room, windsor.Id, new NamedDraft(windsor.Name, windsor.Slug, "120"), User, Ct);

        // Assert
        Assert.True(outcome.Unchanged);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Changes.CountAsync(Ct));
    }

    [Fact]
    public async Task DeletingARoomRecordsTheCapacityItHad()
    {
        // Arrange
        var added = (await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Annie’s Room", "", "40"), User, Ct)).SessionId!.Value;

        // Act
        var outcome = await _editor.DeleteAsync(NamedKind.Room, added, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.Contains(new FieldChange("Capacity", "40", null), (await db.Changes.OrderBy(c => c.Id).LastAsync(Ct)).Fields);
    }
}
