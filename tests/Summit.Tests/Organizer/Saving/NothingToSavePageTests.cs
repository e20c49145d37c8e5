using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Saving;

/// <summary>Save pressed with nothing changed says so and writes nothing; each test on its own database.</summary>
public sealed class NothingToSavePageTests : SummitBunitContext, IAsyncLifetime
{
    private const string User = "ada@example.org";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<SessionEditor>();
        Services.AddScoped<EventSettingsEditor>();
        AddAuthorization().SetAuthorized(User);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SaveOnAnUnchangedSessionSaysNothingToSaveAndWritesNoHistory()
    {
        // Arrange
        await using var db = _database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == "pki-future").Select(s => s.Id).SingleAsync(Ct);
        var cut = Render<SessionEditPage>(p => p.Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("button"), b => b.TextContent.Trim() == "Save changes"));

        // Act: found and clicked in one turn of the renderer, so a render in between cannot take the button's handler away
        await cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save changes").Click());

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Nothing to save", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Revision 0", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(await db.Changes.ToListAsync(Ct));
        Assert.Equal(0, (await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id, Ct)).Revision);
    }

    [Fact]
    public async Task SaveOnUnchangedEventSettingsSaysNothingToSaveAndWritesNoHistory()
    {
        // Arrange
        var cut = Render<EventSettingsPage>();
        cut.WaitForElement("#event-name");

        // Act
        await cut.InvokeAsync(() => cut.Find("form[aria-label='Event settings']").Submit());

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Nothing to save", cut.Markup, StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }
}
