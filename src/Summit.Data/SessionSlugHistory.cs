using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Summit.Data;

/// <summary>
/// Keeps every slug a session gives up as a <see cref="SessionSlugAlias"/>, in the same save that changes it, so an
/// old address keeps leading to the session whichever code path renamed it. A slug a session takes stops being an
/// alias: the session that has it now wins.
/// </summary>
internal sealed class SessionSlugHistory : SaveChangesInterceptor
{
    /// <summary>Stateless, so every context shares it.</summary>
    public static SessionSlugHistory Instance { get; } = new();

    private SessionSlugHistory()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SummitDbContext db && Moves(db) is { Count: > 0 } moves)
        {
            var slugs = Slugs(moves);
            Record(db, moves, [.. db.SessionSlugAliases.Where(a => slugs.Contains(a.Slug))]);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SummitDbContext db && Moves(db) is { Count: > 0 } moves)
        {
            var slugs = Slugs(moves);
            Record(db, moves, await db.SessionSlugAliases.Where(a => slugs.Contains(a.Slug)).ToListAsync(cancellationToken));
        }

        return result;
    }

    /// <summary>Sessions being added, or saved with another slug than they were read with.</summary>
    private static List<Move> Moves(SummitDbContext db) =>
    [
        .. db.ChangeTracker.Entries<Session>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && FormerSlug(e) != e.Entity.Slug))
            .Select(e => new Move(e.Entity, e.State == EntityState.Added ? null : FormerSlug(e))),
    ];

    private static string FormerSlug(EntityEntry<Session> entry) => entry.Property(s => s.Slug).OriginalValue;

    private static List<string> Slugs(List<Move> moves) =>
        [.. moves.Select(m => m.Session.Slug).Concat(moves.Select(m => m.Former).OfType<string>()).Distinct(StringComparer.Ordinal)];

    private static void Record(SummitDbContext db, List<Move> moves, List<SessionSlugAlias> existing)
    {
        var taken = moves.Select(m => m.Session.Slug).ToHashSet(StringComparer.Ordinal);
        var aliases = existing.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        foreach (var slug in taken)
        {
            if (aliases.Remove(slug, out var alias))
            {
                db.SessionSlugAliases.Remove(alias);
            }
        }

        foreach (var move in moves.Where(m => m.Former is not null && !taken.Contains(m.Former)))
        {
            if (aliases.TryGetValue(move.Former!, out var alias))
            {
                // The slug led to another session that gave it up before: it now leads to the last one that had it.
                db.Entry(alias).Property(a => a.SessionId).CurrentValue = move.Session.Id;
            }
            else
            {
                db.SessionSlugAliases.Add(new SessionSlugAlias { Slug = move.Former!, SessionId = move.Session.Id });
            }
        }
    }

    private sealed record Move(Session Session, string? Former);
}
