using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Interest;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Structure;

/// <summary>Rooms and tracks: the same rules for both, a name and a slug each, kept in the organizers' order.</summary>
public sealed partial class StructureEditor
{
    public const int MaxName = 100;
    public const int MaxSlug = 100;

    /// <summary>Creates a room or track (id null, placed last) or saves a rename; a renamed one's sessions change in calendars.</summary>
    public async Task<SaveOutcome> SaveAsync(NamedKind kind, int? id, NamedDraft draft, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var all = await LoadAllAsync(db, kind, cancellationToken);
        var item = id is null ? null : all.FirstOrDefault(n => n.Id == id);
        if (id is not null && item is null)
        {
            return SaveOutcome.Invalid(StructureFields.Name, $"This {Noun(kind)} was deleted by another organizer.");
        }

        var others = all.Where(n => n != item).ToList();
        var name = TextInput.Line(draft.Name).Trim();
        var slug = TextInput.Line(draft.Slug).Trim();
        if (slug.Length == 0 && name.Length > 0)
        {
            slug = GeneratedSlug(kind, name, others.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal));
        }

        var errors = Validate(kind, name, slug, others);
        var (capacity, capacityError) = kind == NamedKind.Room ? RoomCapacity.Read(draft.Capacity) : (null, null);
        if (capacityError is not null)
        {
            errors[StructureFields.Capacity] = [capacityError];
        }

        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        var diff = new FieldDiff().Add("Name", item?.Name, name).Add("Slug", item?.Slug, slug);
        if (kind == NamedKind.Room)
        {
            diff.Add("Capacity", item?.Capacity, capacity);
        }

        if (item is null)
        {
            item = Named.Add(db, kind, name, slug, all.Count == 0 ? 0 : all.Max(n => n.Order) + 1);
            item.Capacity = capacity;
        }
        else if (diff.IsEmpty)
        {
            return SaveOutcome.NothingToSave(item.Id);
        }
        else
        {
            if (!string.Equals(item.Name, name, StringComparison.Ordinal))
            {
                // Calendars show the room as the location and the track as the category.
                await TouchSessionsAsync(db, UsedBy(kind, item.Id), cancellationToken);
            }

            // Calendars never show a capacity: changing it alone leaves the sessions' revisions alone.
            item.Name = name;
            item.Slug = slug;
            item.Capacity = capacity;
        }

        var saved = item;
        db.Changes.Add(Change(user, kind.ToString(), saved.Id, name, id is null ? "Created" : "Updated", diff));
        return await CommitAsync(db, () => saved.Id, StructureFields.Slug, $"Another {Noun(kind)} took the slug “{slug}” a moment ago. Choose another.", cancellationToken);
    }

    /// <summary>Deletes a room or track no session uses; one still in use is refused with the sessions it holds.</summary>
    public async Task<SaveOutcome> DeleteAsync(NamedKind kind, int id, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var item = (await LoadAllAsync(db, kind, cancellationToken)).FirstOrDefault(n => n.Id == id);
        if (item is null)
        {
            return SaveOutcome.Invalid(StructureFields.Delete, $"This {Noun(kind)} was already deleted.");
        }

        var refusal = await StillHoldsAsync(db, $"{kind} “{item.Name}”", UsedBy(kind, id), cancellationToken);
        if (refusal is not null)
        {
            return SaveOutcome.Invalid(StructureFields.Delete, refusal);
        }

        item.Remove(db);
        var diff = new FieldDiff().Add("Name", item.Name, (string?)null).Add("Slug", item.Slug, (string?)null).Add("Capacity", item.Capacity, null);
        db.Changes.Add(Change(user, kind.ToString(), id, item.Name, "Deleted", diff));
        return await CommitAsync(db, () => id, StructureFields.Delete, "", cancellationToken);
    }

    /// <summary>Swaps a room or track with its neighbour above or below (numbering the order afresh, so gaps and ties vanish).</summary>
    public async Task<SaveOutcome> MoveAsync(NamedKind kind, int id, MoveDirection direction, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var all = await LoadAllAsync(db, kind, cancellationToken);
        var index = all.FindIndex(n => n.Id == id);
        if (index < 0)
        {
            return SaveOutcome.Invalid(StructureFields.Order, $"This {Noun(kind)} was deleted by another organizer.");
        }

        var target = direction == MoveDirection.Up ? index - 1 : index + 1;
        if (target < 0 || target >= all.Count)
        {
            return SaveOutcome.Invalid(StructureFields.Order, $"“{all[index].Name}” is already {(direction == MoveDirection.Up ? "first" : "last")}.");
        }

        var moved = all[index];
        (all[index], all[target]) = (all[target], all[index]);
        for (var i = 0; i < all.Count; i++)
        {
            all[i].Order = i;
        }

        db.Changes.Add(Change(user, kind.ToString(), id, moved.Name, "Moved", new FieldDiff().Add("Position", index + 1, target + 1)));
        return await CommitAsync(db, () => id, StructureFields.Order, "", cancellationToken);
    }

    private static string Noun(NamedKind kind) => kind == NamedKind.Room ? "room" : "track";

    private static Expression<Func<Session, bool>> UsedBy(NamedKind kind, int id) =>
        kind == NamedKind.Room ? s => s.RoomId == id : s => s.TrackId == id;

    private static Dictionary<string, string[]> Validate(NamedKind kind, string name, string slug, List<Named> others)
    {
        var errors = new Dictionary<string, string[]>();
        if (name.Length == 0)
        {
            errors[StructureFields.Name] = [$"Give the {Noun(kind)} a name."];
        }
        else if (name.Length > MaxName)
        {
            errors[StructureFields.Name] = [$"Keep the name to {MaxName} characters or fewer."];
        }
        else if (others.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors[StructureFields.Name] = [$"Another {Noun(kind)} is already called “{name}”."];
        }

        if (slug.Length == 0)
        {
            // Made from the name when it is given: the name's message says what to do.
            return errors;
        }

        if (slug.Length > MaxSlug || !SlugPattern().IsMatch(slug))
        {
            var example = kind == NamedKind.Room ? "windsor-bc" : "keystone";
            errors[StructureFields.Slug] = [$"Use lowercase letters, digits and single hyphens, such as {example}."];
        }
        else if (others.Any(o => string.Equals(o.Slug, slug, StringComparison.Ordinal)))
        {
            errors[StructureFields.Slug] = [$"Another {Noun(kind)} already has the slug “{slug}”."];
        }

        return errors;
    }

    private static string GeneratedSlug(NamedKind kind, string name, IReadOnlySet<string> taken)
    {
        var slug = SessionRules.SlugFrom(name);
        if (slug == "session" && !name.Contains("session", StringComparison.OrdinalIgnoreCase))
        {
            // Nothing to spell a slug with (a name in another script): call it what it is.
            slug = Noun(kind);
        }

        // Room for a "-2" suffix within the column's length.
        if (slug.Length > MaxSlug - 4)
        {
            slug = slug[..(MaxSlug - 4)].TrimEnd('-');
        }

        return SessionRules.UniqueSlug(slug, taken);
    }

    private static async Task<List<Named>> LoadAllAsync(SummitDbContext db, NamedKind kind, CancellationToken cancellationToken) =>
        kind == NamedKind.Room
            ? [.. (await db.Rooms.ToListAsync(cancellationToken)).OrderBy(r => r.Order).ThenBy(r => r.Name, NameOrder.Instance).ThenBy(r => r.Id).Select(r => new Named(r))]
            : [.. (await db.Tracks.ToListAsync(cancellationToken)).OrderBy(t => t.Order).ThenBy(t => t.Name, NameOrder.Instance).ThenBy(t => t.Id).Select(t => new Named(t))];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>A tracked room or track behind one face, so both share every rule.</summary>
    private sealed class Named
    {
        private readonly Room? _room;
        private readonly Track? _track;

        public Named(Room room) => _room = room;

        public Named(Track track) => _track = track;

        public int Id => _room?.Id ?? _track!.Id;

        public string Name
        {
            get => _room?.Name ?? _track!.Name;
            set
            {
                if (_room is not null)
                {
                    _room.Name = value;
                }
                else
                {
                    _track!.Name = value;
                }
            }
        }

        public string Slug
        {
            get => _room?.Slug ?? _track!.Slug;
            set
            {
                if (_room is not null)
                {
                    _room.Slug = value;
                }
                else
                {
                    _track!.Slug = value;
                }
            }
        }

        public int Order
        {
            get => _room?.Order ?? _track!.Order;
            set
            {
                if (_room is not null)
                {
                    _room.Order = value;
                }
                else
                {
                    _track!.Order = value;
                }
            }
        }

        /// <summary>A room's capacity; tracks have none and keep none.</summary>
        public int? Capacity
        {
            get => _room?.Capacity;
            set
            {
                if (_room is not null)
                {
                    _room.Capacity = value;
                }
            }
        }

        public static Named Add(SummitDbContext db, NamedKind kind, string name, string slug, int order)
        {
            if (kind == NamedKind.Room)
            {
                var room = new Room { Name = name, Slug = slug, Order = order };
                db.Rooms.Add(room);
                return new Named(room);
            }

            var track = new Track { Name = name, Slug = slug, Order = order };
            db.Tracks.Add(track);
            return new Named(track);
        }

        public void Remove(SummitDbContext db)
        {
            if (_room is not null)
            {
                db.Rooms.Remove(_room);
            }
            else
            {
                db.Tracks.Remove(_track!);
            }
        }
    }
}
