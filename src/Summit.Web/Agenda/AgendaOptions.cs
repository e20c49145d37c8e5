using System.ComponentModel.DataAnnotations;

namespace Summit.Web.Agenda;

/// <summary>Limits on agendas, bound to the configuration section <c>AgendaOptions</c>.</summary>
public sealed class AgendaOptions
{
    /// <summary>The most sessions one agenda holds: more than anyone attends, few enough to keep feeds small. Defaults to 200.</summary>
    [Range(1, 10_000, ErrorMessage = "AgendaOptions:MaxSessions must be between 1 and 10000.")]
    public int MaxSessions { get; set; } = 200;

    /// <summary>
    /// How many agendas one client address may create at once before it has to wait. Generous, because a conference's
    /// attendees often share one address on the venue's network. Defaults to 60.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "AgendaOptions:CreationBurst must be between 1 and 1000000.")]
    public int CreationBurst { get; set; } = 60;

    /// <summary>How many more agendas one client address may create per <see cref="CreationPeriod"/> after the burst. Defaults to 20.</summary>
    [Range(1, 1_000_000, ErrorMessage = "AgendaOptions:CreationsPerPeriod must be between 1 and 1000000.")]
    public int CreationsPerPeriod { get; set; } = 20;

    /// <summary>Defaults to a minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00",
        ErrorMessage = "AgendaOptions:CreationPeriod must be between 00:00:01 (a second) and 1.00:00:00 (a day).")]
    public TimeSpan CreationPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An agenda that has held no session for this long is removed. Defaults to a day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00",
        ErrorMessage = "AgendaOptions:EmptyAgendaLifetime must be between 00:01:00 (a minute) and 3650.00:00:00 (10 years).")]
    public TimeSpan EmptyAgendaLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often empty agendas are looked for. Defaults to an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00",
        ErrorMessage = "AgendaOptions:CleanupInterval must be between 00:00:01 (a second) and 7.00:00:00 (7 days).")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most releases an agenda's feed of changes (<c>changes.atom</c>) lists, newest first. Defaults to 50.</summary>
    [Range(1, 1_000, ErrorMessage = "AgendaOptions:ChangesFeedEntries must be between 1 and 1000.")]
    public int ChangesFeedEntries { get; set; } = 50;
}
