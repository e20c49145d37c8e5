using System.ComponentModel.DataAnnotations;

namespace Summit.Web.Instances;

/// <summary>How this instance learns of changes saved by others on the same database, bound to <c>Summit:Instances</c>.</summary>
public sealed class InstancesOptions
{
    public const string Section = "Summit:Instances";

    /// <summary>
    /// How often the stored schedule version and the agenda change rows are read. Alone (SQLite, or PostgreSQL without
    /// notifications) it bounds how long another instance's save goes unseen; with notifications it heals what they
    /// missed. Each read is two small indexed queries. Defaults to 2 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00",
        ErrorMessage = "Summit:Instances:PollInterval must be between 00:00:00.050 (50 ms) and 00:01:00 (a minute).")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// On PostgreSQL, whether saves send a notification on commit and every instance listens for them, so others serve
    /// a change within milliseconds rather than within <see cref="PollInterval"/>. Defaults to true; ignored on SQLite.
    /// </summary>
    public bool Notifications { get; set; } = true;
}
