using Microsoft.EntityFrameworkCore;
using Summit.Core.Agenda;

namespace Summit.Tests.Organizer.Interest;

/// <summary>Sets up interest the way attendees and organizers make it: agendas that star sessions, rooms with a capacity.</summary>
internal static class StarSeeding
{
    /// <summary>Adds <paramref name="count"/> personal agendas, each starring the session with <paramref name="slug"/>.</summary>
    public static async Task StarAsync(TestDatabase database, string slug, int count, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var sessionId = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var agenda = new PersonalAgenda { TokenHash = AgendaToken.Hash(AgendaToken.Create()), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            agenda.Items.Add(new AgendaItem { SessionId = sessionId, AddedUtc = DateTime.UtcNow });
            db.Agendas.Add(agenda);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task SetCapacityAsync(TestDatabase database, string roomSlug, int? capacity, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        (await db.Rooms.SingleAsync(r => r.Slug == roomSlug, cancellationToken)).Capacity = capacity;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Takes the session with <paramref name="slug"/> off the schedule, as the planner's tray holds it.</summary>
    public static async Task UnscheduleAsync(TestDatabase database, string slug, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug, cancellationToken);
        (session.RoomId, session.TimeSlotId) = (null, null);
        await db.SaveChangesAsync(cancellationToken);
    }
}
