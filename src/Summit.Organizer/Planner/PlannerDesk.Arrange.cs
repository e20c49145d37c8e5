using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Planning;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Planner;

/// <summary>Moves, swaps, unscheduling and undo: each puts some sessions in new places (a cell, or the tray) at once.</summary>
public sealed partial class PlannerDesk
{
    private async Task<PlannerOutcome> ArrangeAsync(IReadOnlyList<PlannerUndoStep> steps, PlannerMove move, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is not null)
        {
            return PlannerOutcome.Refused(OrganizerAccess.SignedOutMessage);
        }

        if (steps.DistinctBy(s => s.Session.Id).Count() != steps.Count || steps.Any(s => (s.RoomId is null) != (s.SlotId is null)))
        {
            return PlannerOutcome.Refused("A session goes to one room and time slot, or to the tray.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // What the move tried, kept past its rolled-back transaction to name the session that took a cell meanwhile.
        List<Placement> attempted = [];
        Places? named = null;
        return await GuardAsync(db, steps.Select(s => s.Session).ToList(), async (sessions, transaction) =>
        {
            var plan = Plan(steps, move, sessions);
            var places = await PlacesAsync(db, plan, cancellationToken);
            if (plan.Any(p => p.ToRoom is { } room && !places.Rooms.ContainsKey(room)) || plan.Any(p => p.ToSlot is { } slot && !places.Slots.ContainsKey(slot)))
            {
                return PlannerOutcome.Refused("That room or time slot no longer exists. The planner shows the rooms and slots as they are now.");
            }

            var moving = plan.Where(p => p.Session.RoomId != p.ToRoom || p.Session.TimeSlotId != p.ToSlot).ToList();
            if (moving.Count == 0)
            {
                return PlannerOutcome.Refused(NothingToDo(move, plan));
            }

            (attempted, named) = (moving, places);
            if (await TakenAsync(db, moving, places, cancellationToken) is { } taken)
            {
                return PlannerOutcome.Refused(taken);
            }

            var now = _clock.GetUtcNow().UtcDateTime;
            var undo = moving.Select(p => (p.Session, p.Session.RoomId, p.Session.TimeSlotId)).ToList();
            await LeaveCellsAsync(db, moving, cancellationToken);

            // To the tray first, so the cells they free are free when the others arrive.
            foreach (var step in moving.Where(p => p.ToRoom is null))
            {
                Place(db, step, undo.First(u => u.Session == step.Session), places, user, move, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var step in moving.Where(p => p.ToRoom is not null))
            {
                Place(db, step, undo.First(u => u.Session == step.Session), places, user, move, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return PlannerOutcome.Done(
                Sentence(move, moving, places),
                move == PlannerMove.Undo ? null : new PlannerUndo(
                    UndoLabel(move, moving),
                    [.. undo.Select(u => new PlannerUndoStep(new PlannerCardRef(u.Session.Id, u.Session.Version), u.RoomId, u.TimeSlotId))]));
        }, cancellationToken, async () => named is null ? null : await TakenAsync(db, attempted, named, cancellationToken));
    }

    /// <summary>Where each session goes: a swap trades the two sessions' places, every other move says where.</summary>
    private static List<Placement> Plan(IReadOnlyList<PlannerUndoStep> steps, PlannerMove move, IReadOnlyDictionary<int, Session> sessions)
    {
        if (move == PlannerMove.Swap)
        {
            var (first, second) = (sessions[steps[0].Session.Id], sessions[steps[1].Session.Id]);
            return [new(first, second.RoomId, second.TimeSlotId, second), new(second, first.RoomId, first.TimeSlotId, first)];
        }

        return [.. steps.Select(s => new Placement(sessions[s.Session.Id], s.RoomId, s.SlotId, null))];
    }

    private static async Task<Places> PlacesAsync(SummitDbContext db, List<Placement> plan, CancellationToken cancellationToken)
    {
        var roomIds = plan.SelectMany(p => new[] { p.ToRoom, p.Session.RoomId }).OfType<int>().Distinct().ToList();
        var slotIds = plan.SelectMany(p => new[] { p.ToSlot, p.Session.TimeSlotId }).OfType<int>().Distinct().ToList();
        return new Places(
            await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken),
            await db.TimeSlots.AsNoTracking().Where(s => slotIds.Contains(s.Id))
                .Select(s => new SlotChoice(s.Id, s.Day!.Date, s.Start, s.End)).ToDictionaryAsync(s => s.Id, cancellationToken));
    }

    /// <summary>Why a cell cannot be had: a session that stays there, or two of the move's sessions sent to it.</summary>
    private static async Task<string?> TakenAsync(SummitDbContext db, List<Placement> moving, Places places, CancellationToken cancellationToken)
    {
        var ids = moving.Select(p => p.Session.Id).ToList();
        foreach (var group in moving.Where(p => p.ToRoom is not null).GroupBy(p => (p.ToRoom, p.ToSlot)))
        {
            var (room, slot) = (group.Key.ToRoom!.Value, group.Key.ToSlot!.Value);
            var occupant = await db.Sessions.AsNoTracking().Where(s => s.RoomId == room && s.TimeSlotId == slot && !ids.Contains(s.Id))
                .Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);
            if (occupant is not null || group.Count() > 1)
            {
                return PlannerText.Taken(occupant ?? group.Last().Session.Title, places.Describe(room, slot));
            }
        }

        return null;
    }

    /// <summary>
    /// Sessions going from one cell to another leave theirs first for no place at all: the unique index on room and
    /// slot is checked per statement, so a swap written in any order would otherwise collide with itself. The version
    /// guards this statement as it guards a save.
    /// </summary>
    private static async Task LeaveCellsAsync(SummitDbContext db, List<Placement> moving, CancellationToken cancellationToken)
    {
        foreach (var step in moving.Where(p => p.Session.IsScheduled && p.ToRoom is not null))
        {
            var (id, version) = (step.Session.Id, step.Session.Version);
            var left = await db.Sessions.Where(s => s.Id == id && s.Version == version)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.RoomId, (int?)null).SetProperty(s => s.TimeSlotId, (int?)null), cancellationToken);
            if (left == 0)
            {
                throw new DbUpdateConcurrencyException("The session changed after it was read.");
            }

            // What the database holds now, so the save that places it is a plain arrival: no cancellation for calendars.
            var entry = db.Entry(step.Session);
            entry.Property(s => s.RoomId).CurrentValue = null;
            entry.Property(s => s.RoomId).OriginalValue = null;
            entry.Property(s => s.TimeSlotId).CurrentValue = null;
            entry.Property(s => s.TimeSlotId).OriginalValue = null;
        }
    }

    private static void Place(SummitDbContext db, Placement step, (Session Session, int? RoomId, int? SlotId) from, Places places, string user, PlannerMove move, DateTime now)
    {
        var session = step.Session;
        session.RoomId = step.ToRoom;
        session.TimeSlotId = step.ToSlot;
        SessionStamps.Touch(session, now);
        var diff = new FieldDiff()
            .Add("Room", places.RoomName(from.RoomId), places.RoomName(step.ToRoom))
            .Add("Time slot", places.SlotLabel(from.SlotId), places.SlotLabel(step.ToSlot));
        if (step.SwappedWith is { } other)
        {
            diff.Add("Swapped with", (string?)null, other.Title);
        }

        var action = move == PlannerMove.Swap ? "Swapped"
            : step.ToRoom is null ? "Unscheduled"
            : from.RoomId is null ? "Scheduled"
            : "Moved";
        db.Changes.Add(SessionStamps.Change(user, session, action, diff, now));
    }

    /// <summary>A session of the move and where it goes; <see cref="SwappedWith"/> is the other session of a swap.</summary>
    private sealed record Placement(Session Session, int? ToRoom, int? ToSlot, Session? SwappedWith);

    /// <summary>The names of the rooms and slots a move touches, for its history and sentence.</summary>
    private sealed record Places(Dictionary<int, string> Rooms, Dictionary<int, SlotChoice> Slots)
    {
        public string? RoomName(int? id) => id is { } room ? Rooms.GetValueOrDefault(room) : null;

        public string? SlotLabel(int? id) => id is { } slot ? Slots.GetValueOrDefault(slot)?.Label : null;

        public string Describe(int room, int slot) => PlannerText.Place(Rooms[room], Slots[slot].Day, Slots[slot].Start);
    }
}
