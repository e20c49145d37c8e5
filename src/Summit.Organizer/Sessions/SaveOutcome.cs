using Summit.Core.Editing;

namespace Summit.Organizer.Sessions;

/// <summary>What a save did: saved, refused with messages per field, or refused because someone else saved first.</summary>
public sealed record SaveOutcome(int? SessionId, IReadOnlyDictionary<string, string[]> Errors, EditConflict? Conflict)
{
    public bool Succeeded => Errors.Count == 0 && Conflict is null;

    public static SaveOutcome Saved(int id) => new(id, new Dictionary<string, string[]>(), null);

    public static SaveOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, null);

    public static SaveOutcome Invalid(string field, string message) => new(null, new Dictionary<string, string[]> { [field] = [message] }, null);

    public static SaveOutcome Conflicted(EditConflict conflict) => new(null, new Dictionary<string, string[]>(), conflict);
}

/// <summary>Another organizer saved the session after this one opened it: who, when, and what they changed.</summary>
public sealed record EditConflict(string ChangedBy, DateTime AtUtc, IReadOnlyList<FieldChange> Fields);
