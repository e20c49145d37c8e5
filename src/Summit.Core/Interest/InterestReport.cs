namespace Summit.Core.Interest;

/// <summary>What the dashboard says about interest: the most starred sessions and those their room cannot hold.</summary>
public static class InterestReport
{
    /// <summary>How many sessions "most starred" lists: a glance, not a ranking of the whole event.</summary>
    public const int TopCount = 10;

    /// <summary>Starred sessions, most stars first (ties by title); sessions nobody starred are left out.</summary>
    public static IReadOnlyList<SessionInterest> MostStarred(IEnumerable<SessionInterest> sessions, int count = TopCount) =>
        [.. sessions.Where(s => s.Stars > 0).OrderByDescending(s => s.Stars).ThenBy(s => s.Title, NameOrder.Instance).ThenBy(s => s.Id).Take(count)];

    /// <summary>
    /// Scheduled sessions with more stars than their room holds, the largest shortfall first: those need a bigger room
    /// first. Unscheduled sessions have no room to outgrow.
    /// </summary>
    public static IReadOnlyList<SessionInterest> OverCapacity(IEnumerable<SessionInterest> sessions) =>
        [.. sessions.Where(s => s.IsOverCapacity).OrderByDescending(s => s.Stars - s.Capacity!.Value).ThenBy(s => s.Title, NameOrder.Instance).ThenBy(s => s.Id)];
}
