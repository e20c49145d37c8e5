using System.ComponentModel.DataAnnotations;

namespace Summit.Data;

/// <summary>Database tunables, bound to the <c>Database</c> section.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary>
    /// <c>Sqlite</c> (the default) or <c>PostgreSQL</c>, case-insensitive. A string rather than the enum so that a
    /// misspelt value stops the app with a message naming the key instead of a binder error.
    /// </summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>
    /// How long a command waits for another connection's lock before it fails as busy. SQLite's own default (the
    /// 30 s command timeout) leaves an organizer staring at a frozen Save button; a few seconds, then "the database is
    /// busy, try again", is better. On SQLite it is the busy timeout (and command timeout), on PostgreSQL the
    /// <c>lock_timeout</c> of every connection. Whole seconds; at least one. Defaults to 5 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00",
        ErrorMessage = "Database:BusyTimeout must be between 00:00:01 (a second) and 00:10:00 (10 minutes).")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The parsed <see cref="Provider"/>; only read after validation.</summary>
    public DatabaseProvider ParsedProvider =>
        TryParseProvider(Provider, out var provider) ? provider : throw new InvalidOperationException(ProviderMessage);

    internal const string ProviderMessage = "Database:Provider must be Sqlite or PostgreSQL.";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TryParseProvider(Provider, out _))
        {
            yield return new ValidationResult($"{ProviderMessage} It is \"{Provider}\".", [nameof(Provider)]);
        }
    }

    private static bool TryParseProvider(string? value, out DatabaseProvider provider)
    {
        foreach (var candidate in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(value?.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                provider = candidate;
                return true;
            }
        }

        provider = default;
        return false;
    }
}
