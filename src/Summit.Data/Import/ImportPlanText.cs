using System.Globalization;
using System.Text;

namespace Summit.Data.Import;

/// <summary>An <see cref="ImportPlan"/> as plain text, as <c>import FILE [--dry-run]</c> prints it: counts first, then what is new, skipped and left alone.</summary>
public static class ImportPlanText
{
    /// <summary>How many left-alone sessions are named before "and N more": the count says the rest.</summary>
    private const int LeftAloneShown = 10;

    /// <summary>How many new days, rooms, tracks or people are named before "and N more".</summary>
    private const int NamesShown = 20;

    public static string Format(ImportPlan plan, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        if (plan.CreatesEvent)
        {
            Line(dryRun ? "Would create the event from the file (a new database)." : "Created the event from the file (a new database).");
        }

        Line(string.Create(CultureInfo.InvariantCulture,
            $"Sessions: {plan.Created} {(dryRun ? "to create" : "created")}, {plan.Updated} {(dryRun ? "to update" : "updated")}, {plan.Unchanged} unchanged, {plan.Skipped.Count} skipped, {plan.LeftAlone.Count} left alone (in the event, not in the file)."));
        List("New days", plan.NewDays);
        List("New rooms", plan.NewRooms);
        List("New tracks", plan.NewTracks);
        List("New people", plan.NewPeople);
        if (plan.NewSlots > 0)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"New time slots: {plan.NewSlots}"));
        }

        var updates = plan.Sessions.Where(s => s.Action == ImportAction.Update).ToList();
        if (updates.Count > 0)
        {
            Line(dryRun ? "To update:" : "Updated:");
            foreach (var session in updates)
            {
                Line($"  {session.Title} (/sessions/{session.Slug}): {string.Join(", ", session.Changes)}");
            }
        }

        if (plan.Skipped.Count > 0)
        {
            Line("Skipped:");
            foreach (var issue in plan.Skipped)
            {
                Line($"  {issue.Where}: {issue.Message}");
            }
        }

        if (plan.LeftAlone.Count > 0)
        {
            var shown = string.Join(", ", plan.LeftAlone.Take(LeftAloneShown).Select(t => $"“{t}”"));
            Line(plan.LeftAlone.Count > LeftAloneShown
                ? string.Create(CultureInfo.InvariantCulture, $"Left alone: {shown} and {plan.LeftAlone.Count - LeftAloneShown} more.")
                : $"Left alone: {shown}.");
        }

        foreach (var note in plan.Notes)
        {
            Line($"Note: {note}");
        }

        Line(!plan.ChangesAnything ? "Nothing to change: the database already has what the file holds."
            : dryRun ? "Dry run: nothing was changed. Run without --dry-run to import."
            : "Imported in one transaction.");
        return text.ToString();

        void List(string label, IReadOnlyList<string> names)
        {
            if (names.Count > NamesShown)
            {
                // A 2,000-session file brings hundreds of people: the count and the first names say enough on a terminal.
                Line(string.Create(CultureInfo.InvariantCulture, $"{label} ({names.Count}): {string.Join("; ", names.Take(NamesShown))} and {names.Count - NamesShown} more."));
            }
            else if (names.Count > 0)
            {
                Line($"{label}: {string.Join("; ", names)}");
            }
        }
    }
}
