using System.ComponentModel.DataAnnotations;

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
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00",
        ErrorMessage = "Database:BusyTimeout must be between 00:00:01 (a second) and 00:10:00 (10 minutes).")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
