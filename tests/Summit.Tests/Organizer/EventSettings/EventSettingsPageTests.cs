using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.EventSettings;

namespace Summit.Tests.Organizer.EventSettings;

public sealed class EventSettingsPageTests : SummitBunitContext, IAsyncLifetime
{
    private const string User = "ada@example.org";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<EventSettingsEditor>();
        AddAuthorization().SetAuthorized(User);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    [Fact]
    public void PageShowsTheSettingsAndTheDatesOfTheDaysReadOnly()
    {
        // Act
        var cut = RenderLoaded();

        // Assert
        Assert.Equal("OpenStack Summit Fall 2012", cut.Find("#event-name").GetAttribute("value"));
        Assert.Equal("America/Los_Angeles", cut.Find("#event-time-zone").GetAttribute("value"));
        Assert.Equal("October 15–18, 2012 (4 days)", cut.Find(".event-dates").TextContent.Trim());
        Assert.Empty(cut.FindAll("input[type=date]"));
    }

    [Fact]
    public async Task BadInputShowsTheMessagesAtTheFieldsAndSavesNothing()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#event-name").Input("");
        cut.Find("#event-link-url").Input("javascript:alert(1)");

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Give the event a name.", FieldText(cut, "#event-name"), StringComparison.Ordinal));
        Assert.Contains("Give a web address that starts with https:// or http://", FieldText(cut, "#event-link-url"), StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal("OpenStack Summit Fall 2012", (await db.Conferences.SingleAsync(Ct)).Name);
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task SavingANewNameStoresItAndWritesTheHistoryUnderTheOrganizersName()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#event-name").Input("Grizzly Design Summit 2012");

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Saved.", cut.Markup, StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.Equal("Grizzly Design Summit 2012", (await db.Conferences.SingleAsync(Ct)).Name);
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal(("Event", User, "Grizzly Design Summit 2012"), (change.EntityType, change.User, change.EntityLabel));
    }

    [Fact]
    public async Task AStaleSaveShowsWhoChangedTheSettingsAndKeepsTheirs()
    {
        // Arrange
        var cut = RenderLoaded();
        var other = new EventSettingsEditor(new TestDbContextFactory(_database), TimeProvider.System);
        var theirs = (await other.LoadAsync(Ct))!;
        theirs.Name = "Grizzly Summit";
        Assert.True((await other.SaveAsync(theirs.ToDraft(), theirs.Version, false, "bob@example.org", Ct)).Succeeded);
        cut.Find("#event-venue").Input("Hyatt, San Diego");

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(
            "bob@example.org saved the event’s settings at",
            cut.Find("[role=alert]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("Grizzly Summit", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        var saved = await db.Conferences.SingleAsync(Ct);
        Assert.Equal(("Grizzly Summit", "San Diego"), (saved.Name, saved.Venue));
    }

    [Fact]
    public async Task ANewTimeZoneShowsItsEffectAndIsRefusedUntilConfirmed()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        ChooseZone(cut, "Europe/Berlin");
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("confirm it below", FieldText(cut, "#event-time-zone"), StringComparison.Ordinal));
        Assert.Contains(
            "9:50am on Monday, October 15 stays 9:50am, but is 07:50 UTC instead of 16:50 UTC.",
            cut.Find("#zone-change-effect").TextContent,
            StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal("America/Los_Angeles", (await db.Conferences.SingleAsync(Ct)).TimeZoneId);
    }

    [Fact]
    public async Task AConfirmedNewTimeZoneIsSaved()
    {
        // Arrange
        var cut = RenderLoaded();
        ChooseZone(cut, "Europe/Berlin");

        // Act
        cut.Find("#zone-change-effect input[type=checkbox]").Change(true);
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Every session is now read in the new time zone", cut.Markup, StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.Equal("Europe/Berlin", (await db.Conferences.SingleAsync(Ct)).TimeZoneId);
    }

    private static void ChooseZone(IRenderedComponent<EventSettingsPage> cut, string zone)
    {
        cut.Find("#event-time-zone").Input(zone);
        cut.Find("#event-time-zone").Blur();
        cut.WaitForElement("#zone-change-effect");
    }

    private static string FieldText(IRenderedComponent<EventSettingsPage> cut, string selector) =>
        cut.Find(selector).Closest(".mud-input-control")!.TextContent;

    private IRenderedComponent<EventSettingsPage> RenderLoaded()
    {
        var cut = Render<EventSettingsPage>();
        cut.WaitForElement("#event-name");
        return cut;
    }
}
