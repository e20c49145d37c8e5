using Summit.Organizer.Sessions;

namespace Summit.Organizer.Structure;

/// <summary>Reading a save's messages at the field they belong to.</summary>
public static class FieldErrors
{
    public static bool Has(this IReadOnlyDictionary<string, string[]> errors, string field) => errors.ContainsKey(field);

    public static string? Of(this IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Every message, for a refusal that belongs to no single field.</summary>
    public static string All(this IReadOnlyDictionary<string, string[]> errors) => string.Join(" ", errors.Values.SelectMany(m => m));

    /// <summary>What a refused or failed save shows above a list; null when it succeeded.</summary>
    public static string? Refusal(this SaveOutcome outcome) => outcome.Succeeded ? null : outcome.Failure ?? outcome.Errors.All();

    /// <summary>What an edit's Save says: <paramref name="saved"/>, or that nothing differed and nothing was written.</summary>
    public static (string Message, MudBlazor.Severity Severity) Said(this SaveOutcome outcome, string saved) =>
        outcome.Unchanged ? ("Nothing to save: it is as it was saved.", MudBlazor.Severity.Info) : (saved, MudBlazor.Severity.Success);
}
