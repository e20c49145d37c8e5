using Microsoft.EntityFrameworkCore;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Data;

/// <summary>Every slug a session gives up is kept as an alias, whichever save changed it; a slug taken again stops being one.</summary>
public sealed class SessionSlugHistoryTests : IAsyncLifetime
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

    private async Task<int> IdOfAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
    }

    private async Task RenameAsync(int id, string slug)
    {
        var form = (await _editor.LoadAsync(id, Ct))!;
        form.Slug = slug;
        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
    }

    private async Task<List<(string Slug, int SessionId)>> AliasesAsync()
    {
        await using var db = _database.CreateContext();
        return [.. (await db.SessionSlugAliases.OrderBy(a => a.Slug).ToListAsync(Ct)).Select(a => (a.Slug, a.SessionId))];
    }

    [Fact]
    public async Task SavingANewSlugInTheEditorKeepsTheOldOneForTheSession()
    {
        // Arrange
        var id = await IdOfAsync("pki-future");

        // Act
        await RenameAsync(id, "pki-next");

        // Assert
        Assert.Equal([("pki-future", id)], await AliasesAsync());
    }

    [Fact]
    public async Task ASlugChangedByAnyContextIsKept()
    {
        // Arrange
        var id = await IdOfAsync("pki-future");

        // Act
        await using (var db = _database.CreateContext())
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == id, Ct);
            session.Slug = "pki-elsewhere";
            await db.SaveChangesAsync(Ct);
        }

        // Assert
        Assert.Equal([("pki-future", id)], await AliasesAsync());
    }

    [Fact]
    public async Task RenamingTwiceKeepsBothFormerSlugsAndRenamingBackDropsTheCurrentOne()
    {
        // Arrange
        var id = await IdOfAsync("pki-future");

        // Act
        await RenameAsync(id, "pki-next");
        await RenameAsync(id, "pki-later");
        await RenameAsync(id, "pki-future");

        // Assert
        Assert.Equal([("pki-later", id), ("pki-next", id)], await AliasesAsync());
    }

    [Fact]
    public async Task ASessionThatTakesAFreedSlugOwnsItAndItsAliasGoes()
    {
        // Arrange
        var renamed = await IdOfAsync("pki-future");
        var other = await IdOfAsync("improving-quantum-firewalling");
        await RenameAsync(renamed, "pki-next");

        // Act
        await RenameAsync(other, "pki-future");

        // Assert
        Assert.Equal([("improving-quantum-firewalling", other)], await AliasesAsync());
    }

    [Fact]
    public async Task DeletingASessionDeletesItsFormerSlugs()
    {
        // Arrange
        var id = await IdOfAsync("pki-future");
        await RenameAsync(id, "pki-next");
        var form = (await _editor.LoadAsync(id, Ct))!;

        // Act
        var outcome = await _editor.DeleteAsync(id, form.Version, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Empty(await AliasesAsync());
    }
}
