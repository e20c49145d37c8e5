namespace Summit.Web.Agenda;

/// <summary>Limits on agendas, bound to the configuration section <c>AgendaOptions</c>.</summary>
public sealed class AgendaOptions
{
    /// <summary>
    /// How many agendas one client address may create at once before it has to wait. Generous, because a conference's
    /// attendees often share one address on the venue's network.
    /// </summary>
    public int CreationBurst { get; set; } = 60;

    /// <summary>How many more agendas one client address may create per <see cref="CreationPeriod"/> after the burst.</summary>
    public int CreationsPerPeriod { get; set; } = 20;

    public TimeSpan CreationPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An agenda that has held no session for this long is removed.</summary>
    public TimeSpan EmptyAgendaLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often empty agendas are looked for.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
