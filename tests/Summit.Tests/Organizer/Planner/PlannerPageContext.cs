using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Agenda;
using Summit.Organizer.Planner;

namespace Summit.Tests.Organizer.Planner;

/// <summary>
/// The planner page over a seeded database of its own (one room, Windsor BC, every slot taken), with helpers that shape
/// the plan the way a test needs it and read the board the way an organizer does: by room and time.
/// </summary>
public abstract class PlannerPageContext : SummitBunitContext, IAsyncLifetime
{
    protected const string User = "ada@example.org";

    /// <summary>The seed's second day: seven sessions in Windsor BC from 11:00am.</summary>
    protected const string Day = "2012-10-16";

    protected TestDatabase Database { get; private set; } = null!;

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    protected ScheduleChangeSignal Signal => Services.GetRequiredService<ScheduleChangeSignal>();

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(Database));
        Services.AddReleaseServices();
        Services.AddScoped<PlannerDesk>();
        AddAuthorization().SetAuthorized(User);
        // The page reads the day only once interactive (prerendering shows its frame), as in the browser's circuit.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await Database.DisposeAsync();
    }

    protected IRenderedComponent<PlannerPage> RenderPlanner(string? day = Day)
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(day is null ? "/organizer/planner" : $"/organizer/planner?day={day}");
        var cut = Render<PlannerPage>();
        cut.WaitForElement(".planner-board");
        return cut;
    }

    /// <summary>A room after Windsor BC, so the day has free cells; returns its id.</summary>
    protected async Task<int> AddRoomAsync(string name, int? capacity = null)
    {
        await using var db = Database.CreateContext();
        var room = new Room { Name = name, Slug = name.ToLowerInvariant(), Order = 10, Capacity = capacity };
        db.Rooms.Add(room);
        await db.SaveChangesAsync(Ct);
        return room.Id;
    }

    protected async Task SetCapacityAsync(int capacity)
    {
        await using var db = Database.CreateContext();
        (await db.Rooms.SingleAsync(r => r.Slug == "windsor-bc", Ct)).Capacity = capacity;
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Takes a session off the schedule straight in the database, as a proposal never placed would be.</summary>
    protected async Task UnplaceAsync(string title)
    {
        await using var db = Database.CreateContext();
        var session = await db.Sessions.SingleAsync(s => s.Title == title, Ct);
        session.RoomId = null;
        session.TimeSlotId = null;
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Another organizer's save: the session goes to the first free slot of <paramref name="roomId"/> on the day, with a new version.</summary>
    protected async Task MoveElsewhereAsync(string title, int roomId, string start)
    {
        await using var db = Database.CreateContext();
        var session = await db.Sessions.SingleAsync(s => s.Title == title, Ct);
        var date = DateOnly.Parse(Day, System.Globalization.CultureInfo.InvariantCulture);
        var time = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        session.RoomId = roomId;
        session.TimeSlotId = await db.TimeSlots.Where(t => t.Day!.Date == date && t.Start == time).Select(t => t.Id).SingleAsync(Ct);
        session.Version = Guid.NewGuid();
        session.Revision++;
        await db.SaveChangesAsync(Ct);
    }

    protected async Task StarAsync(string title, int agendas)
    {
        await using var db = Database.CreateContext();
        var sessionId = await db.Sessions.Where(s => s.Title == title).Select(s => s.Id).SingleAsync(Ct);
        for (var i = 0; i < agendas; i++)
        {
            var agenda = new PersonalAgenda { TokenHash = AgendaToken.Hash(AgendaToken.Create()), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            agenda.Items.Add(new AgendaItem { SessionId = sessionId, AddedUtc = DateTime.UtcNow });
            db.Agendas.Add(agenda);
        }

        await db.SaveChangesAsync(Ct);
    }

    protected async Task<(string? Room, TimeOnly? Start)> SavedPlaceAsync(string title)
    {
        await using var db = Database.CreateContext();
        return await db.Sessions.Where(s => s.Title == title).Select(s => new ValueTuple<string?, TimeOnly?>(s.Room!.Name, s.TimeSlot!.Start)).SingleAsync(Ct);
    }

    protected static IElement Card(IRenderedComponent<PlannerPage> cut, string title) =>
        cut.FindAll(".planner-card").Single(c => c.QuerySelector(".planner-card-select")!.TextContent.Trim() == title);

    /// <summary>Where the board shows the session: "Room, 11:00am – 11:40am" from its column and row headers, or "tray".</summary>
    protected static string PlaceOnBoard(IRenderedComponent<PlannerPage> cut, string title)
    {
        var card = Card(cut, title);
        if (card.Closest(".planner-tray") is not null)
        {
            return "tray";
        }

        var cell = card.Closest("td")!;
        var row = cell.ParentElement!;
        var column = row.Children.Index(cell);
        var room = cut.FindAll(".planner-board thead th")[column].ChildNodes.OfType<IText>().First().TextContent.Trim();
        return $"{room}, {row.QuerySelector("th")!.TextContent.Trim()}";
    }

    /// <summary>Selects the card as a keyboard user does: its title is a button.</summary>
    protected static void Select(IRenderedComponent<PlannerPage> cut, string title) =>
        cut.InvokeAsync(() => Card(cut, title).QuerySelector(".planner-card-select")!.Click()).GetAwaiter().GetResult();

    // Found and clicked in one turn of the renderer, so the handler is the one on screen.
    protected static void Click(IRenderedComponent<PlannerPage> cut, string selector) =>
        cut.InvokeAsync(() => cut.Find(selector).Click()).GetAwaiter().GetResult();

    protected static void Choose(IRenderedComponent<PlannerPage> cut, string selectId, string optionText) =>
        cut.InvokeAsync(() =>
        {
            var select = cut.Find($"#{selectId}");
            var option = select.QuerySelectorAll("option").Single(o => o.TextContent.Trim() == optionText);
            select.Change(option.GetAttribute("value"));
        }).GetAwaiter().GetResult();

    protected static string Status(IRenderedComponent<PlannerPage> cut) => cut.Find(".planner-status").TextContent.Trim();
}
