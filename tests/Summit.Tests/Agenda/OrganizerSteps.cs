using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Releases;
using Summit.Data.Releases;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Agenda;

/// <summary>What organizers do to the schedule while attendees watch their agendas: edits, deletions and releases.</summary>
internal static class OrganizerSteps
{
    private const string Organizer = "ada@example.org";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Makes the event publish only what an organizer releases.</summary>
    public static async Task PublishWhenReleasedAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var conference = await db.Conferences.SingleAsync(Ct);
        conference.PublishMode = PublishMode.WhenReleased;
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Releases the working copy; returns the new release's number.</summary>
    public static async Task<int> ReleaseAsync(WebApplicationFactory<Program> app)
    {
        var writer = app.Services.GetRequiredService<ReleaseWriter>();
        var preview = (await writer.PreviewAsync(Ct))!;
        var outcome = await writer.ReleaseAsync(preview.Latest?.Version, new ReleaseRequest(null, "Room changes", Organizer), Ct);
        return Assert.IsType<ReleaseOutcome.Released>(outcome).Release.Version;
    }

    /// <summary>Moves a session to a new slot at the end of another day (the seeded schedule is full); returns the slot.</summary>
    public static async Task<SlotChoice> MoveToAnotherDayAsync(WebApplicationFactory<Program> app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(await IdOfAsync(app, slug), Ct))!;
        var day = (await editor.OptionsAsync(form.Id, Ct)).Slots.Single(s => s.Id == form.TimeSlotId).Day;
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var other = await db.Days.OrderBy(d => d.Date).FirstAsync(d => d.Date != day, Ct);
        var added = new TimeSlot { DayId = other.Id, Start = new TimeOnly(18, 10), End = new TimeOnly(18, 50) };
        db.TimeSlots.Add(added);
        await db.SaveChangesAsync(Ct);
        var slot = new SlotChoice(added.Id, other.Date, added.Start, added.End);
        form.TimeSlotId = slot.Id;
        Assert.True((await editor.SaveAsync(form.Id, form.ToDraft(), form.Version, Organizer, Ct)).Succeeded);
        return slot;
    }

    public static async Task RetitleAsync(WebApplicationFactory<Program> app, string slug, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(await IdOfAsync(app, slug), Ct))!;
        form.Title = title;
        Assert.True((await editor.SaveAsync(form.Id, form.ToDraft(), form.Version, Organizer, Ct)).Succeeded);
    }

    public static async Task DeleteAsync(WebApplicationFactory<Program> app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(await IdOfAsync(app, slug), Ct))!;
        Assert.True((await editor.DeleteAsync(form.Id!.Value, form.Version, Organizer, Ct)).Succeeded);
    }

    public static async Task<Guid> UidOfAsync(WebApplicationFactory<Program> app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        return await db.Sessions.AsNoTracking().Where(s => s.Slug == slug).Select(s => s.Uid).SingleAsync(Ct);
    }

    private static async Task<int> IdOfAsync(WebApplicationFactory<Program> app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        return await db.Sessions.AsNoTracking().Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
    }
}
