namespace Summit.Organizer.Structure;

/// <summary>Reading a save's messages at the field they belong to.</summary>
public static class FieldErrors
{
    public static bool Has(this IReadOnlyDictionary<string, string[]> errors, string field) => errors.ContainsKey(field);

    public static string? Of(this IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Every message, for a refusal that belongs to no single field.</summary>
    public static string All(this IReadOnlyDictionary<string, string[]> errors) => string.Join(" ", errors.Values.SelectMany(m => m));
}
