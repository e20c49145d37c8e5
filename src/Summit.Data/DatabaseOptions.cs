namespace Summit.Data;

/// <summary>Database tunables, bound to the <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// How long a command waits for another connection's write lock before it fails as busy. SQLite's own default (the
    /// 30 s command timeout) leaves an organizer staring at a frozen Save button; a few seconds, then "the database is
    /// busy, try again", is better. Whole seconds; at least one. Defaults to 5 s.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
