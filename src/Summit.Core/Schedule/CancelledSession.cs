namespace Summit.Core.Schedule;

/// <summary>
/// A removed session as feeds publish it until the event ends: the session as calendars last saw it, when it was
/// removed, where it went if it was merged, and the agendas that had it starred.
/// </summary>
/// <param name="AsItWas">The session's last published state (its revision is the last SEQUENCE calendars saw).</param>
/// <param name="RemovedUtc">When it was deleted or merged away: the cancellation's DTSTAMP and LAST-MODIFIED.</param>
/// <param name="MergedInto">The session it was merged into, while that session is published.</param>
/// <param name="AgendaIds">The personal agendas that had it starred.</param>
public sealed record CancelledSession(ScheduledSession AsItWas, DateTime RemovedUtc, NamedRef? MergedInto, IReadOnlyList<int> AgendaIds)
{
    /// <summary>Published one higher than the last SEQUENCE, so calendars take the cancellation over what they hold.</summary>
    public int Sequence => AsItWas.Revision + 1;
}
