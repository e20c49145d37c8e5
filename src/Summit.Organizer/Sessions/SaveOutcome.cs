using Summit.Core.Editing;

namespace Summit.Organizer.Sessions;

/// <summary>
/// What a save did: saved, found nothing to change, refused with messages per field, refused because someone else
/// saved first, or failed in the database (busy, disk full) with a message for the organizer, who keeps their edits.
/// </summary>
public sealed record SaveOutcome(int? SessionId, IReadOnlyDictionary<string, string[]> Errors, EditConflict? Conflict)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>Why the database did not take the change, said for the organizer; null unless it failed.</summary>
    public string? Failure { get; private init; }

    /// <summary>The save matched what is stored: nothing was written, no revision raised, no history entry.</summary>
    public bool Unchanged { get; private init; }

    public bool Succeeded => Errors.Count == 0 && Conflict is null && Failure is null;

    public static SaveOutcome Saved(int id) => new(id, NoErrors, null);

    public static SaveOutcome NothingToSave(int id) => new(id, NoErrors, null) { Unchanged = true };

    public static SaveOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, null);

    public static SaveOutcome Invalid(string field, string message) => new(null, new Dictionary<string, string[]> { [field] = [message] }, null);

    public static SaveOutcome Conflicted(EditConflict conflict) => new(null, NoErrors, conflict);

    public static SaveOutcome Failed(string message) => new(null, NoErrors, null) { Failure = message };
}

/// <summary>Another organizer saved the session after this one opened it: who, when, and what they changed.</summary>
public sealed record EditConflict(string ChangedBy, DateTime AtUtc, IReadOnlyList<FieldChange> Fields);
