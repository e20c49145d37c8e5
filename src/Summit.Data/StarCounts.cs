using Microsoft.EntityFrameworkCore;

namespace Summit.Data;

/// <summary>
/// How many personal agendas hold each session: a count, never whose. Organizers weigh it against room capacity;
/// attendees' agendas need no account, so the count covers everyone who starred.
/// </summary>
public static class StarCounts
{
    /// <summary>Stars per session id; sessions nobody starred are absent.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> ReadAsync(SummitDbContext db, CancellationToken cancellationToken) =>
        await db.AgendaItems.AsNoTracking().GroupBy(i => i.SessionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>Stars of the given sessions; sessions nobody starred are absent.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> ReadAsync(SummitDbContext db, IReadOnlyCollection<int> sessionIds, CancellationToken cancellationToken) =>
        await db.AgendaItems.AsNoTracking().Where(i => sessionIds.Contains(i.SessionId)).GroupBy(i => i.SessionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
