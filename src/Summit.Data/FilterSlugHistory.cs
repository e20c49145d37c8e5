using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Summit.Data;

/// <summary>
/// Keeps every slug a room or track gives up, and every date a day gives up, as an alias in the same save that
/// changes it, so filtered schedule addresses and subscribed filtered feeds keep selecting the item whichever code
/// path renamed it. A slug or date an item takes stops being an alias: the item that has it now wins.
/// </summary>
internal sealed class FilterSlugHistory : SaveChangesInterceptor
{
    /// <summary>Stateless, so every context shares it.</summary>
    public static FilterSlugHistory Instance { get; } = new();

    private FilterSlugHistory()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SummitDbContext db)
        {
            RecordAllAsync(db, synchronous: true, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SummitDbContext db)
        {
            await RecordAllAsync(db, synchronous: false, cancellationToken);
        }

        return result;
    }

    private static async ValueTask RecordAllAsync(SummitDbContext db, bool synchronous, CancellationToken cancellationToken)
    {
        await RecordAsync(db, db.RoomSlugAliases, new Kind<Room, RoomSlugAlias, string>(
            nameof(Room.Slug), r => r.Slug, a => a.Slug, nameof(RoomSlugAlias.RoomId), r => r.Id, (slug, id) => new RoomSlugAlias { Slug = slug, RoomId = id }), synchronous, cancellationToken);
        await RecordAsync(db, db.TrackSlugAliases, new Kind<Track, TrackSlugAlias, string>(
            nameof(Track.Slug), t => t.Slug, a => a.Slug, nameof(TrackSlugAlias.TrackId), t => t.Id, (slug, id) => new TrackSlugAlias { Slug = slug, TrackId = id }), synchronous, cancellationToken);
        await RecordAsync(db, db.DayDateAliases, new Kind<Day, DayDateAlias, DateOnly>(
            nameof(Day.Date), d => d.Date, a => a.Date, nameof(DayDateAlias.DayId), d => d.Id, (date, id) => new DayDateAlias { Date = date, DayId = id }), synchronous, cancellationToken);
    }

    private static async ValueTask RecordAsync<TItem, TAlias, TKey>(SummitDbContext db, DbSet<TAlias> set, Kind<TItem, TAlias, TKey> kind, bool synchronous, CancellationToken cancellationToken)
        where TItem : class
        where TAlias : class
        where TKey : notnull
    {
        // Items being added, or saved with another slug (date) than they were read with.
        var moves = db.ChangeTracker.Entries<TItem>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && !Equals(e.Property(kind.KeyProperty).OriginalValue, kind.Key(e.Entity))))
            .Select(e => new Move<TItem, TKey>(e.Entity, e.State == EntityState.Modified, e.State == EntityState.Modified ? (TKey)e.Property(kind.KeyProperty).OriginalValue! : kind.Key(e.Entity)))
            .ToList();
        if (moves.Count == 0)
        {
            return;
        }

        // A handful of rows at most: organizers rename a room or a track now and then.
        var existing = synchronous ? [.. set] : await set.ToListAsync(cancellationToken);
        var aliases = existing.ToDictionary(kind.AliasKey);
        var taken = moves.Select(m => kind.Key(m.Item)).ToHashSet();
        foreach (var key in taken)
        {
            if (aliases.Remove(key, out var alias))
            {
                set.Remove(alias);
            }
        }

        foreach (var move in moves.Where(m => m.Moved && !taken.Contains(m.Former)))
        {
            if (aliases.TryGetValue(move.Former, out var alias))
            {
                // The slug selected another item that gave it up before: it now selects the last one that had it.
                db.Entry(alias).Property(kind.ForeignKeyProperty).CurrentValue = kind.Id(move.Item);
            }
            else
            {
                set.Add(kind.Create(move.Former, kind.Id(move.Item)));
            }
        }
    }

    private sealed record Kind<TItem, TAlias, TKey>(
        string KeyProperty,
        Func<TItem, TKey> Key,
        Func<TAlias, TKey> AliasKey,
        string ForeignKeyProperty,
        Func<TItem, int> Id,
        Func<TKey, int, TAlias> Create);

    private sealed record Move<TItem, TKey>(TItem Item, bool Moved, TKey Former);
}
