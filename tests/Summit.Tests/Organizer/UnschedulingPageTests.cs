using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer;

/// <summary>Taking a session off the schedule from its edit page: asked first, and the saved message says it left the public schedule.</summary>
public sealed class UnschedulingPageTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _id;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<SessionEditor>();
        AddAuthorization().SetAuthorized("ada@example.org");
        await using var db = _database.CreateContext();
        _id = await db.Sessions.Where(s => s.Slug == "pki-future").Select(s => s.Id).SingleAsync(Ct);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<SessionEditPage> RenderLoaded()
    {
        var cut = Render<SessionEditPage>(p => p.Add(c => c.Id, _id));
        cut.WaitForElement("h1");
        return cut;
    }

    private static void Click(IRenderedComponent<SessionEditPage> cut, string text) =>
        cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == text).Click()).GetAwaiter().GetResult();

    /// <summary>Chooses "Unscheduled" in the room list, as the organizer does.</summary>
    private static void ChooseUnscheduled(IRenderedComponent<SessionEditPage> cut)
    {
        var form = cut.FindComponent<SessionFormView>();
        cut.InvokeAsync(() => form.FindComponents<MudBlazor.MudSelect<int?>>()
            .Single(s => s.Instance.Label == "Room").Instance.ValueChanged.InvokeAsync(null)).GetAwaiter().GetResult();
    }

    private async Task<Session> StoredAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == _id, Ct);
    }

    [Fact]
    public void ChoosingUnscheduledHidesTheSlotAndSaysTheSessionWillNotBePublic()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        ChooseUnscheduled(cut);

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("not on the public schedule", cut.Find(".unscheduled-note").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(cut.FindComponents<MudBlazor.MudSelect<int?>>(), s => s.Instance.Label?.StartsWith("Time slot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SavingAsksFirstAndKeepingItScheduledSavesNothing()
    {
        // Arrange
        var cut = RenderLoaded();
        ChooseUnscheduled(cut);

        // Act
        Click(cut, "Save changes");
        cut.WaitForAssertion(() => Assert.Contains("Take this session off the schedule?", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        Click(cut, "Keep it scheduled");

        // Assert
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.True((await StoredAsync()).IsScheduled);
    }

    [Fact]
    public async Task ConfirmingTakesItOffTheScheduleAndSaysSo()
    {
        // Arrange
        var cut = RenderLoaded();
        ChooseUnscheduled(cut);

        // Act
        Click(cut, "Save changes");
        cut.WaitForElement(".mud-dialog");
        Click(cut, "Unschedule");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("It is no longer on the public schedule, and calendars show it cancelled.", cut.Markup, StringComparison.Ordinal));
        Assert.False((await StoredAsync()).IsScheduled);
        cut.WaitForAssertion(() => Assert.Contains("unscheduled, not public", cut.Find(".page-heading").TextContent, StringComparison.Ordinal));
    }
}
