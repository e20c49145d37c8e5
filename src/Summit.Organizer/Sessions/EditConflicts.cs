using Microsoft.EntityFrameworkCore;
using Summit.Data;

namespace Summit.Organizer.Sessions;

/// <summary>Who changed a session after an organizer opened it, read from the history, for the refusal to name.</summary>
internal static class EditConflicts
{
    /// <summary>The newest change to this session, or to a room, slot, day or track, which also renews the versions of the sessions in it.</summary>
    /// <remarks>Clears the context's tracker: after a refused save its entries describe what was not saved.</remarks>
    public static async Task<EditConflict> DescribeAsync(SummitDbContext db, int sessionId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var latest = await db.Changes.AsNoTracking()
            .Where(c => (c.EntityType == "Session" && c.EntityId == sessionId) || c.EntityType != "Session")
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? new EditConflict("another organizer", DateTime.UtcNow, [])
            : new EditConflict(latest.User, latest.AtUtc, latest.Fields);
    }
}
