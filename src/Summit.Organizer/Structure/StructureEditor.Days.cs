using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Time;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Structure;

/// <summary>Days and their time slots: one day per date, slots that end after they start and never overlap.</summary>
public sealed partial class StructureEditor
{
    /// <summary>How far from the conference's other days a day may lie: further is a typo, not a plan.</summary>
    private const int DaysOfReason = 366;

    /// <summary>Creates a day (id null) or moves one to another date; the sessions in its slots change in calendars.</summary>
    public async Task<SaveOutcome> SaveDayAsync(int? id, DayDraft draft, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var day = id is null ? null : await db.Days.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (id is not null && day is null)
        {
            return SaveOutcome.Invalid(StructureFields.Date, "This day was deleted by another organizer.");
        }

        var problem = await CheckDateAsync(db, id, draft.Date, cancellationToken);
        if (problem is not null)
        {
            return SaveOutcome.Invalid(StructureFields.Date, problem);
        }

        var date = draft.Date!.Value;
        var diff = new FieldDiff().Add("Date", day is null ? null : StructureText.Day(day.Date), StructureText.Day(date));
        if (day is null)
        {
            day = new Day { Date = date };
            db.Days.Add(day);
        }
        else if (diff.IsEmpty)
        {
            return SaveOutcome.NothingToSave(day.Id);
        }
        else
        {
            var dayId = day.Id;
            await TouchSessionsAsync(db, s => s.TimeSlot!.DayId == dayId, cancellationToken);
            day.Date = date;
        }

        var saved = day;
        db.Changes.Add(Change(user, "Day", saved.Id, StructureText.Day(date), id is null ? "Created" : "Updated", diff));
        return await CommitAsync(db, () => saved.Id, StructureFields.Date, $"Another organizer added {EventClock.FormatDay(date)} a moment ago.", cancellationToken);
    }

    /// <summary>Deletes a day and its slots when no session is in them; otherwise refused with the sessions it holds.</summary>
    public async Task<SaveOutcome> DeleteDayAsync(int id, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var day = await db.Days.Include(d => d.Slots).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            return SaveOutcome.Invalid(StructureFields.Delete, "This day was already deleted.");
        }

        var refusal = await StillHoldsAsync(db, $"Day “{EventClock.FormatDay(day.Date)}”", s => s.TimeSlot!.DayId == id, cancellationToken);
        if (refusal is not null)
        {
            return SaveOutcome.Invalid(StructureFields.Delete, refusal);
        }

        var slots = day.Slots.OrderBy(s => s.Start).Select(s => StructureText.Times(s.Start, s.End)).ToList();
        db.Days.Remove(day);
        var diff = new FieldDiff().Add("Date", StructureText.Day(day.Date), null).Add("Slots", slots.Count == 0 ? null : string.Join(", ", slots), null);
        db.Changes.Add(Change(user, "Day", id, StructureText.Day(day.Date), "Deleted", diff));
        return await CommitAsync(db, () => id, StructureFields.Delete, "", cancellationToken);
    }

    /// <summary>Creates a slot (id null) or changes its day or times; the sessions in it change in calendars.</summary>
    public async Task<SaveOutcome> SaveSlotAsync(int? id, SlotDraft draft, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var slot = id is null ? null : await db.TimeSlots.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && slot is null)
        {
            return SaveOutcome.Invalid(StructureFields.Start, "This slot was deleted by another organizer.");
        }

        var start = ToMinute(draft.Start);
        var end = ToMinute(draft.End);
        var day = await db.Days.AsNoTracking().FirstOrDefaultAsync(d => d.Id == draft.DayId, cancellationToken);
        var errors = await CheckSlotAsync(db, id, day, start, end, cancellationToken);
        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        var diff = new FieldDiff();
        if (slot is null)
        {
            slot = new TimeSlot { DayId = day!.Id, Start = start!.Value, End = end!.Value };
            db.TimeSlots.Add(slot);
            diff.Add("Day", null, StructureText.Day(day.Date)).Add("Start", null, EventClock.FormatTime(slot.Start)).Add("End", null, EventClock.FormatTime(slot.End));
        }
        else
        {
            var oldDate = await db.Days.Where(d => d.Id == slot.DayId).Select(d => d.Date).FirstAsync(cancellationToken);
            diff.Add("Day", StructureText.Day(oldDate), StructureText.Day(day!.Date))
                .Add("Start", EventClock.FormatTime(slot.Start), EventClock.FormatTime(start!.Value))
                .Add("End", EventClock.FormatTime(slot.End), EventClock.FormatTime(end!.Value));
            if (diff.IsEmpty)
            {
                return SaveOutcome.NothingToSave(slot.Id);
            }

            var slotId = slot.Id;
            await TouchSessionsAsync(db, s => s.TimeSlotId == slotId, cancellationToken);
            slot.DayId = day.Id;
            slot.Start = start.Value;
            slot.End = end.Value;
        }

        var saved = slot;
        db.Changes.Add(Change(user, "TimeSlot", saved.Id, StructureText.Slot(day.Date, saved.Start, saved.End), id is null ? "Created" : "Updated", diff));
        return await CommitAsync(db, () => saved.Id, StructureFields.Start, "Another organizer added a slot at this time a moment ago.", cancellationToken);
    }

    /// <summary>Deletes a slot no session uses; one still in use is refused with the sessions it holds.</summary>
    public async Task<SaveOutcome> DeleteSlotAsync(int id, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var slot = await db.TimeSlots.Include(s => s.Day).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slot is null)
        {
            return SaveOutcome.Invalid(StructureFields.Delete, "This slot was already deleted.");
        }

        var label = StructureText.Slot(slot.Day!.Date, slot.Start, slot.End);
        var refusal = await StillHoldsAsync(db, $"Slot “{label}”", s => s.TimeSlotId == id, cancellationToken);
        if (refusal is not null)
        {
            return SaveOutcome.Invalid(StructureFields.Delete, refusal);
        }

        db.TimeSlots.Remove(slot);
        var diff = new FieldDiff()
            .Add("Day", StructureText.Day(slot.Day.Date), null)
            .Add("Start", EventClock.FormatTime(slot.Start), null)
            .Add("End", EventClock.FormatTime(slot.End), null);
        db.Changes.Add(Change(user, "TimeSlot", id, label, "Deleted", diff));
        return await CommitAsync(db, () => id, StructureFields.Delete, "", cancellationToken);
    }

    private static async Task<string?> CheckDateAsync(SummitDbContext db, int? id, DateOnly? date, CancellationToken cancellationToken)
    {
        if (date is not { } value)
        {
            return "Choose a date.";
        }

        if (await db.Days.AnyAsync(d => d.Date == value && d.Id != id, cancellationToken))
        {
            return $"There is already a day on {EventClock.FormatDay(value)}.";
        }

        // The event's dates are its days' dates: the other days say when it is.
        var others = await db.Days.AsNoTracking().Where(d => d.Id != id).Select(d => d.Date).ToListAsync(cancellationToken);
        var (first, last) = others.Count == 0
            ? (new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31))
            : (others.Min().AddDays(-DaysOfReason), others.Max().AddDays(DaysOfReason));
        if (value < first || value > last)
        {
            return others.Count == 0
                ? "Choose a date between 2000 and 2100."
                : $"Choose a date within a year of the conference ({Long(others.Min())} to {Long(others.Max())}).";
        }

        return null;
    }

    private static async Task<Dictionary<string, string[]>> CheckSlotAsync(SummitDbContext db, int? id, Day? day, TimeOnly? start, TimeOnly? end, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (day is null)
        {
            errors[StructureFields.DayId] = ["Choose a day."];
        }

        if (start is null)
        {
            errors[StructureFields.Start] = ["Give the start time."];
        }

        if (end is null)
        {
            errors[StructureFields.End] = ["Give the end time."];
        }
        else if (start is not null && end <= start)
        {
            errors[StructureFields.End] = ["The slot must end after it starts."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var dayId = day!.Id;
        var overlapping = (await db.TimeSlots.AsNoTracking().Where(s => s.DayId == dayId && s.Id != id).ToListAsync(cancellationToken))
            .Where(s => s.Start < end && start < s.End)
            .OrderBy(s => s.Start)
            .Select(s => StructureText.Times(s.Start, s.End))
            .ToList();
        if (overlapping.Count > 0)
        {
            errors[StructureFields.Start] = [$"Overlaps {StructureText.Join(overlapping)}."];
        }

        return errors;
    }

    /// <summary>Slots are whole minutes: seconds from a time field would only make near-duplicates.</summary>
    private static TimeOnly? ToMinute(TimeOnly? time) => time is { } t ? new TimeOnly(t.Hour, t.Minute) : null;

    private static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
