using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer;

/// <summary>The session edit page on its own database per test: what survives a save, leaving with edits, cancelling.</summary>
public sealed class SessionEditPageTests : SummitBunitContext, IAsyncLifetime
{
    private const string Slug = "pki-future";
    private const string Unsaved = "Unsaved changes";

    private TestDatabase _database = null!;
    private int _id;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<SessionEditor>();
        AddAuthorization().SetAuthorized("ada@example.org");
        await using var db = _database.CreateContext();
        _id = await db.Sessions.Where(s => s.Slug == Slug).Select(s => s.Id).SingleAsync(Ct);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<SessionEditPage> RenderLoaded()
    {
        Navigation.NavigateTo($"/organizer/sessions/{_id}");
        var cut = Render<SessionEditPage>(p => p.Add(c => c.Id, _id));
        cut.WaitForElement("h1");
        return cut;
    }

    private static IElement TitleInput(IRenderedComponent<SessionEditPage> cut) =>
        cut.FindAll("input").First(i => i.Closest(".mud-input-control")!.TextContent.Contains("Title", StringComparison.Ordinal));

    private static IElement LeadInput(IRenderedComponent<SessionEditPage> cut) =>
        cut.Find(".lead-picker input");

    private static IElement AddLeadButton(IRenderedComponent<SessionEditPage> cut) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Add lead");

    // Found and clicked in one turn of the renderer: the page may still be rendering what it loads after its heading,
    // and a button found before that render has a stale handler.
    private static void ClickButton(IRenderedComponent<SessionEditPage> cut, string text) =>
        cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == text).Click()).GetAwaiter().GetResult();

    /// <summary>
    /// Waits until <paramref name="done"/> holds, letting the renderer run what it has queued between looks. Leaving or
    /// staying settles the navigation in a continuation that renders nothing, which a render-driven wait would not see.
    /// </summary>
    private static async Task UntilAsync(IRenderedComponent<SessionEditPage> cut, Func<bool> done)
    {
        using var timeout = new CancellationTokenSource(BunitContext.DefaultWaitTimeout);
        while (!done())
        {
            timeout.Token.ThrowIfCancellationRequested();
            await cut.InvokeAsync(() => { });
            await Task.Yield();
        }
    }

    private static void Type(IRenderedComponent<SessionEditPage> cut, Func<IRenderedComponent<SessionEditPage>, IElement> input, string text) =>
        cut.InvokeAsync(() => input(cut).Input(text)).GetAwaiter().GetResult();

    private async Task<Session> SavedAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.Include(s => s.Leads).ThenInclude(l => l.Person).SingleAsync(s => s.Id == _id, Ct);
    }

    [Fact]
    public void AnEditedTitleShowsUnsavedChangesAndArmsTheTabClosePrompt()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        Type(cut, TitleInput, "PKI: where next");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        JSInterop.VerifyInvoke("Blazor._internal.NavigationLock.enableNavigationPrompt");
    }

    [Fact]
    public void ATitleTypedBackToWhatWasLoadedIsNotAnUnsavedChange()
    {
        // Arrange
        var cut = RenderLoaded();
        Type(cut, TitleInput, "PKI: where next");
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Markup, StringComparison.Ordinal));

        // Act
        Type(cut, TitleInput, "PKI Future");

        // Assert
        cut.WaitForAssertion(() => Assert.DoesNotContain(Unsaved, cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void SavingMakesTheFormCleanAgain()
    {
        // Arrange
        var cut = RenderLoaded();
        Type(cut, TitleInput, "PKI: where next");
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Markup, StringComparison.Ordinal));

        // Act
        ClickButton(cut, "Save changes");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Edit “PKI: where next”", cut.Find("h1").TextContent, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.DoesNotContain(Unsaved, cut.Markup, StringComparison.Ordinal));
        JSInterop.VerifyInvoke("Blazor._internal.NavigationLock.disableNavigationPrompt");
    }

    [Fact]
    public async Task SavingWhenChangesWaitForAReleaseSaysItIsInTheWorkingCopy()
    {
        // Arrange
        await using (var db = _database.CreateContext())
        {
            (await db.Conferences.SingleAsync(Ct)).PublishMode = Summit.Core.Releases.PublishMode.WhenReleased;
            await db.SaveChangesAsync(Ct);
        }

        var cut = RenderLoaded();
        Type(cut, TitleInput, "PKI: where next");

        // Act
        ClickButton(cut, "Save changes");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Saved to the working copy. Attendees see it once it is released", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeavingWithAnEditedTitleAsksAndStayKeepsTheEdit()
    {
        // Arrange
        var cut = RenderLoaded();
        var here = Navigation.Uri;
        Type(cut, TitleInput, "PKI: where next");
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Markup, StringComparison.Ordinal));

        // Act
        _ = cut.InvokeAsync(() => Navigation.NavigateTo("/organizer/sessions"));
        cut.WaitForAssertion(() => Assert.Contains("Your changes to “PKI Future” will be lost.", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        Assert.Contains("Leave without saving?", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        ClickButton(cut, "Stay");

        // Assert
        await UntilAsync(cut, () => Navigation.History.First().State == NavigationState.Prevented);
        Assert.Equal(here, Navigation.Uri);
        Assert.Equal("PKI: where next", TitleInput(cut).GetAttribute("value"));
    }

    [Fact]
    public async Task LeavingWithAnEditedTitleAndChoosingLeaveNavigates()
    {
        // Arrange
        var cut = RenderLoaded();
        Type(cut, TitleInput, "PKI: where next");
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Markup, StringComparison.Ordinal));

        // Act
        _ = cut.InvokeAsync(() => Navigation.NavigateTo("/organizer/sessions"));
        cut.WaitForElement(".mud-dialog");
        ClickButton(cut, "Leave");

        // Assert
        await UntilAsync(cut, () => Navigation.Uri.EndsWith("/organizer/sessions", StringComparison.Ordinal));
        Assert.Equal(NavigationState.Succeeded, Navigation.History.First().State);
    }

    [Fact]
    public void LeavingWithoutEditsDoesNotAsk()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        _ = cut.InvokeAsync(() => Navigation.NavigateTo("/organizer/sessions"));

        // Assert
        cut.WaitForAssertion(() => Assert.EndsWith("/organizer/sessions", Navigation.Uri, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".mud-dialog"));
    }

    [Fact]
    public void ALinkClickedWhileEditsAreUnsavedGoesThroughTheQuestion()
    {
        // Arrange
        var cut = RenderLoaded();
        Type(cut, TitleInput, "PKI: where next");
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Markup, StringComparison.Ordinal));
        var guard = cut.FindComponent<Summit.Organizer.Forms.UnsavedEditsGuard>();

        // Act: what the page's script does with a click on an organizer link while edits are unsaved
        guard.InvokeAsync(() => guard.Instance.Navigate(Navigation.BaseUri + "organizer/structure"));

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Leave without saving?", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ALeadTypedButNotAddedMakesTheFormUnsaved()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        Type(cut, LeadInput, "Dolph");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALeadTypedButNotAddedIsSavedAsTheExistingPersonInAnyCase()
    {
        // Arrange
        var cut = RenderLoaded();
        Type(cut, LeadInput, "serge");
        cut.WaitForAssertion(() => Assert.False(AddLeadButton(cut).HasAttribute("disabled")));

        // Act
        ClickButton(cut, "Save changes");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Serge", cut.Find(".lead-row").TextContent, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.DoesNotContain(Unsaved, cut.Markup, StringComparison.Ordinal));
        var lead = Assert.Single((await SavedAsync()).Leads);
        Assert.Equal("serge", lead.Person!.Slug);
        await using var db = _database.CreateContext();
        Assert.Equal(1, (await db.People.Select(p => p.Name).ToListAsync(Ct)).Count(n => string.Equals(n, "serge", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task ALeadTypedButNotAddedIsSavedAsANewPerson()
    {
        // Arrange
        var cut = RenderLoaded();
        Type(cut, LeadInput, "Dolph");
        cut.WaitForAssertion(() => Assert.False(AddLeadButton(cut).HasAttribute("disabled")));

        // Act
        ClickButton(cut, "Save changes");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Dolph", cut.Find(".lead-row").TextContent, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.DoesNotContain(Unsaved, cut.Markup, StringComparison.Ordinal));
        var lead = Assert.Single((await SavedAsync()).Leads);
        Assert.Equal(("Dolph", "dolph"), (lead.Person!.Name, lead.Person.Slug));
    }

    [Fact]
    public async Task CancelSessionAsksFirstAndKeepItChangesNothing()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        ClickButton(cut, "Cancel session");
        cut.WaitForAssertion(() => Assert.Contains("Cancel this session?", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        ClickButton(cut, "Keep it");

        // Assert
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        var saved = await SavedAsync();
        Assert.Equal((SessionStatus.Confirmed, 0), (saved.Status, saved.Revision));
    }

    [Fact]
    public async Task CancelSessionConfirmedMarksItCancelled()
    {
        // Arrange
        var cut = RenderLoaded();

        // Act
        ClickButton(cut, "Cancel session");
        cut.WaitForElement(".mud-dialog");
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel session").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("Cancelled. It stays on the schedule", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(SessionStatus.Cancelled, (await SavedAsync()).Status);
    }

    [Fact]
    public void ANewSessionNotTypedInIsNotAnUnsavedChange()
    {
        // Arrange
        Navigation.NavigateTo("/organizer/sessions/new");

        // Act
        var cut = Render<SessionEditPage>();
        cut.WaitForElement("h1");

        // Assert
        Assert.Contains("New session", cut.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Unsaved, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingASessionGoesToItWithoutAsking()
    {
        // Arrange: every seeded slot is taken, so give the new session one
        await using (var db = _database.CreateContext())
        {
            var day = await db.Days.OrderBy(d => d.Date).FirstAsync(Ct);
            db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(8, 0), End = new TimeOnly(8, 40) });
            await db.SaveChangesAsync(Ct);
        }

        Navigation.NavigateTo("/organizer/sessions/new");
        var cut = Render<SessionEditPage>();
        cut.WaitForElement("h1");
        Type(cut, TitleInput, "Swift object storage");
        cut.WaitForAssertion(() => Assert.Contains(Unsaved, cut.Markup, StringComparison.Ordinal));

        // Act
        ClickButton(cut, "Create session");

        // Assert
        cut.WaitForAssertion(() => Assert.Matches(@"/organizer/sessions/\d+$", Navigation.Uri));
        Assert.Equal(NavigationState.Succeeded, Navigation.History.First().State);
        Assert.Empty(cut.FindAll(".mud-dialog"));
    }
}
