using Microsoft.EntityFrameworkCore;

namespace Summit.Data.Releases;

/// <summary>
/// Describes a save released at once, from the history organizers already read: who saved, and what ("Updated session
/// “Nova compute”"), so the changelog of an event published immediately reads like its history.
/// </summary>
internal static class SaveDescription
{
    private const int Shown = 3;

    public static async Task<ReleaseRequest> ReadAsync(SummitDbContext db, DateTime? sinceUtc, CancellationToken cancellationToken)
    {
        var query = db.Changes.AsNoTracking();
        if (sinceUtc is { } since)
        {
            query = query.Where(c => c.AtUtc > since);
        }

        var recent = await query.OrderByDescending(c => c.Id).Take(Shown + 1)
            .Select(c => new { c.User, c.Action, c.EntityType, c.EntityLabel })
            .ToListAsync(cancellationToken);
        if (recent.Count == 0)
        {
            return new ReleaseRequest(null, "Schedule saved", "Summit");
        }

        recent.Reverse();
        var said = string.Join("; ", recent.Take(Shown).Select(c => $"{c.Action} {c.EntityType.ToLowerInvariant()} “{c.EntityLabel}”"));
        return new ReleaseRequest(null, recent.Count > Shown ? said + "; and more" : said, recent[^1].User);
    }
}
