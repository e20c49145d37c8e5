using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Agenda;
using Summit.Core.Releases;
using Summit.Data.Releases;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Releases;

namespace Summit.Tests.Organizer.Releases;

/// <summary>
/// Organizer pages over a seeded database of their own, with the release services the app registers (singletons shared
/// by every page rendered here, as on one server), and helpers that change the working copy the way a save would.
/// </summary>
public abstract class ReleasesTestContext : SummitBunitContext, IAsyncLifetime
{
    protected const string User = "ada@example.org";

    protected TestDatabase Database { get; private set; } = null!;

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Register(this, Database, User);
    }

    /// <summary>What an organizer's pages need, for this context or another organizer's (<see cref="OtherOrganizer"/>).</summary>
    internal static void Register(BunitContext context, TestDatabase database, string user)
    {
        context.Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(database));
        context.Services.AddReleaseServices();
        context.Services.AddScoped<EventSettingsEditor>();
        context.Services.AddScoped<Summit.Organizer.Sessions.SessionEditor>();
        context.Services.AddScoped<Summit.Organizer.LeadOffers.LeadOfferDesk>();
        context.AddAuthorization().SetAuthorized(user);
    }

    /// <summary>Another organizer, on their own page and circuit, over the same database.</summary>
    protected OtherOrganizer Other(string user) => new(Database, user);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await Database.DisposeAsync();
    }

    protected async Task SetModeAsync(PublishMode mode)
    {
        await using var db = Database.CreateContext();
        var conference = await db.Conferences.SingleAsync(Ct);
        conference.PublishMode = mode;
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>
    /// Gives the session with <paramref name="slug"/> a new title in the working copy; returns its id. Only the title
    /// changes (a save would raise the revision too), so setting the old title back undoes it exactly.
    /// </summary>
    protected async Task<int> RetitleAsync(string slug, string title)
    {
        await using var db = Database.CreateContext();
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug, Ct);
        session.Title = title;
        await db.SaveChangesAsync(Ct);
        return session.Id;
    }

    /// <summary>A session of the seed, by its place in the schedule's order.</summary>
    protected async Task<(string Slug, string Title)> SessionAsync(int index)
    {
        await using var db = Database.CreateContext();
        var session = await db.Sessions.AsNoTracking().OrderBy(s => s.Id).Skip(index).FirstAsync(Ct);
        return (session.Slug, session.Title);
    }

    /// <summary>An attendee's agenda starring the session with <paramref name="slug"/>.</summary>
    protected async Task StarAsync(string slug)
    {
        await using var db = Database.CreateContext();
        var sessionId = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        var agenda = new PersonalAgenda { TokenHash = AgendaToken.Hash(AgendaToken.Create()), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
        agenda.Items.Add(new AgendaItem { SessionId = sessionId, AddedUtc = DateTime.UtcNow });
        db.Agendas.Add(agenda);
        await db.SaveChangesAsync(Ct);
    }

    protected async Task<IReadOnlyList<int>> ReleaseVersionsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Releases.AsNoTracking().OrderBy(r => r.Version).Select(r => r.Version).ToListAsync(Ct);
    }

    protected IRenderedComponent<ReleasesPage> RenderReleases() => RenderReleases(this);

    internal static IRenderedComponent<ReleasesPage> RenderReleases(BunitContext context)
    {
        var cut = context.Render<ReleasesPage>();
        cut.WaitForElement("#past-heading");
        return cut;
    }

    /// <summary>Closes the pages rendered so far, as leaving them does: each page brings MudBlazor's providers, which are one per page.</summary>
    protected Task LeavePagesAsync() => DisposeComponentsAsync();

    protected static void Release(IRenderedComponent<ReleasesPage> cut, string? name, string comment)
    {
        if (name is not null)
        {
            cut.Find("#release-name").Input(name);
        }

        cut.Find("#release-comment").Input(comment);
        cut.Find("form[aria-label='Release']").Submit();
    }

    protected static string Message(IRenderedComponent<ReleasesPage> cut) => cut.Find(".release-message").TextContent.Trim();
}
