using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Forms;
using Summit.Organizer.Sessions;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Saving;

/// <summary>
/// A save the database refuses (disk full) shows why, keeps what was typed and lets the organizer try again; the
/// page stays alive. Each test on its own database.
/// </summary>
public sealed class SaveFailurePageTests : SummitBunitContext, IAsyncLifetime
{
    private const string User = "ada@example.org";

    private readonly FailingWrites _writes = new();
    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new FailingWritesDbContextFactory(_database, _writes));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<SessionEditor>();
        Services.AddScoped<StructureEditor>();
        Services.AddScoped<EventSettingsEditor>();
        AddAuthorization().SetAuthorized(User);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private static IElement TitleInput(IRenderedComponent<SessionEditPage> cut) =>
        cut.FindAll("input").First(i => i.Closest(".mud-input-control")!.TextContent.Contains("Title", StringComparison.Ordinal));

    private static IElement SaveButton(IRenderedComponent<SessionEditPage> cut) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save changes");

    [Fact]
    public async Task ASessionSaveOnAFullDiskShowsWhyKeepsTheTitleAndLeavesSaveEnabled()
    {
        // Arrange
        await using var db = _database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == "pki-future").Select(s => s.Id).SingleAsync(Ct);
        var cut = Render<SessionEditPage>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("h1");
        TitleInput(cut).Input("PKI: where next");

        // Act
        SaveButton(cut).Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(SaveFailures.Full, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("PKI: where next", TitleInput(cut).GetAttribute("value"));
        Assert.False(SaveButton(cut).HasAttribute("disabled"));
        Assert.Equal("PKI Future", (await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id, Ct)).Title);
    }

    [Fact]
    public async Task ASessionSaveRetriedOnceTheDiskHasSpaceIsSaved()
    {
        // Arrange
        await using var db = _database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == "pki-future").Select(s => s.Id).SingleAsync(Ct);
        var cut = Render<SessionEditPage>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("h1");
        TitleInput(cut).Input("PKI: where next");
        SaveButton(cut).Click();
        cut.WaitForAssertion(() => Assert.Contains(SaveFailures.Full, cut.Markup, StringComparison.Ordinal));
        _writes.Failing = false;

        // Act
        SaveButton(cut).Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Edit “PKI: where next”", cut.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(SaveFailures.Full, cut.Markup, StringComparison.Ordinal);
        Assert.Equal("PKI: where next", (await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id, Ct)).Title);
    }

    [Fact]
    public void EventSettingsSavedOnAFullDiskShowWhyAndKeepTheName()
    {
        // Arrange
        var cut = Render<EventSettingsPage>();
        cut.WaitForElement("#event-name");
        cut.Find("#event-name").Input("Grizzly Design Summit");

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(SaveFailures.Full, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("Grizzly Design Summit", cut.Find("#event-name").GetAttribute("value"));
    }

    [Fact]
    public void ARoomAddedOnAFullDiskShowsWhyAndKeepsItsName()
    {
        // Arrange
        var cut = Render<StructurePage>();
        cut.WaitForElement("section[aria-labelledby=rooms-heading] tbody tr");
        cut.Find("#new-room-name").Input("Big Hall");

        // Act
        cut.Find("form[aria-label='Add a room']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(SaveFailures.Full, cut.Markup, StringComparison.Ordinal));
        Assert.Equal("Big Hall", cut.Find("#new-room-name").GetAttribute("value"));
    }

    [Fact]
    public void ARoomRenamedOnAFullDiskShowsWhyAndStaysOpenForAnotherTry()
    {
        // Arrange
        var cut = Render<StructurePage>();
        cut.WaitForElement("section[aria-labelledby=rooms-heading] tbody tr");
        cut.Find("button[aria-label='Rename Windsor BC']").Click();
        var name = cut.FindAll("section[aria-labelledby=rooms-heading] input").First(i => (i.Id ?? "").EndsWith("-name", StringComparison.Ordinal));
        name.Input("Windsor Ballroom");

        // Act
        cut.FindAll("section[aria-labelledby=rooms-heading] button").Single(b => b.TextContent.Trim() == "Save").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(SaveFailures.Full, cut.Find("section[aria-labelledby=rooms-heading] [role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Windsor Ballroom", cut.FindAll("section[aria-labelledby=rooms-heading] input").First(i => (i.Id ?? "").EndsWith("-name", StringComparison.Ordinal)).GetAttribute("value"));
    }
}
