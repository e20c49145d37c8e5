using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.EventSettings;

namespace Summit.Tests.Organizer.EventSettings;

/// <summary>The event page's image origins field: what it says, what it refuses and what it saves.</summary>
public sealed class ImageOriginsFieldTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<EventSettingsEditor>();
        AddAuthorization().SetAuthorized("ada@example.org");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<EventSettingsPage> RenderLoaded()
    {
        var cut = Render<EventSettingsPage>();
        cut.WaitForElement("#event-image-origins");
        return cut;
    }

    private static string FieldText(IRenderedComponent<EventSettingsPage> cut) =>
        cut.Find("#event-image-origins").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public void TheFieldSaysDescriptionsShowImagesOnlyFromTheSiteAndTheListedOrigins()
    {
        // Act
        var cut = RenderLoaded();

        // Assert
        Assert.Contains("Descriptions show images from this site and from the https sites listed here", FieldText(cut), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnHttpOriginIsRefusedAtTheFieldAndNothingIsSaved()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#event-image-origins").Input("http://images.example.org");

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("“http://images.example.org” is not an https origin.", FieldText(cut), StringComparison.Ordinal));
        Assert.Contains("Nothing was saved", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Null((await db.Conferences.SingleAsync(Ct)).ImageOrigins);
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task AnHttpsOriginIsSavedAndWrittenToTheHistory()
    {
        // Arrange
        var cut = RenderLoaded();
        cut.Find("#event-image-origins").Input("https://images.example.org");

        // Act
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Saved.", cut.Markup, StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.Equal("https://images.example.org", (await db.Conferences.SingleAsync(Ct)).ImageOrigins);
        Assert.Equal("Image origins", Assert.Single((await db.Changes.SingleAsync(Ct)).Fields).Field);
    }
}
