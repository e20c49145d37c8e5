using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Releases;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Changelog;

/// <summary>What the release tests do to the schedule, through the same data layer the organizer pages use.</summary>
internal static class ReleaseScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Moves a session to a new slot on another day; returns its new day and start.</summary>
    public static async Task<(DateOnly Day, TimeOnly Start)> MoveAsync(IServiceProvider services, string slug)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Slug == slug, Ct);
        var dayId = await db.TimeSlots.AsNoTracking().Where(t => t.Id == session.TimeSlotId).Select(t => t.DayId).SingleAsync(Ct);
        // The seed fills every slot of its one room: the session moves to an evening slot of another day.
        var day = await db.Days.AsNoTracking().Where(d => d.Id != dayId).OrderBy(d => d.Date).FirstAsync(Ct);
        var slot = new TimeSlot { DayId = day.Id, Start = new TimeOnly(19, 0), End = new TimeOnly(19, 40) };
        db.TimeSlots.Add(slot);
        await db.SaveChangesAsync(Ct);
        var date = day.Date;
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(session.Id, Ct))!;
        form.TimeSlotId = slot.Id;
        Assert.True((await editor.SaveAsync(session.Id, form.ToDraft(), form.Version, "ada@example.org", Ct)).Succeeded);
        return (date, slot.Start);
    }

    public static async Task RetitleAsync(IServiceProvider services, string slug, string title)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var id = await db.Sessions.AsNoTracking().Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(id, Ct))!;
        form.Title = title;
        Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct)).Succeeded);
    }

    public static async Task ChangeBannerAsync(IServiceProvider services, string text)
    {
        await using var scope = services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<EventSettingsEditor>();
        var form = (await editor.LoadAsync(Ct))!;
        form.BannerText = text;
        Assert.True((await editor.SaveAsync(form.ToDraft(), form.Version, false, "ada@example.org", Ct)).Succeeded);
    }

    /// <summary>Switches the event to publishing when released; without its releases, it is as if never published.</summary>
    public static async Task PublishWhenReleasedAsync(IServiceProvider services, bool keepReleases)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var conference = await db.Conferences.SingleAsync(Ct);
        conference.PublishMode = PublishMode.WhenReleased;
        await db.SaveChangesAsync(Ct);
        if (!keepReleases)
        {
            await db.Releases.ExecuteDeleteAsync(Ct);
        }

        scope.ServiceProvider.GetRequiredService<ScheduleSnapshots>().Invalidate();
    }
}
