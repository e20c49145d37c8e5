using Summit.Core.Releases;
using Summit.Data.Releases;

namespace Summit.Organizer.Releases;

/// <summary>What the releases page shows: the publish mode, what releasing now would change, and the releases made.</summary>
/// <param name="Mode">When saves reach attendees.</param>
/// <param name="Preview">The working copy against the latest release.</param>
/// <param name="Releases">Every release, newest first.</param>
public sealed record ReleasesView(PublishMode Mode, ReleasePreview Preview, IReadOnlyList<StoredRelease> Releases)
{
    private readonly Dictionary<Guid, int> _sessionIds = Preview.Schedule.Sessions
        .GroupBy(s => s.Uid).ToDictionary(g => g.Key, g => g.First().Id);

    /// <summary>The release attendees see now; null before the first.</summary>
    public ReleaseInfo? Latest => Preview.Latest;

    /// <summary>The number a release made from this view is checked against, so a release made meanwhile is noticed.</summary>
    public int? ExpectedLatest => Preview.Latest?.Version;

    /// <summary>Organizers release by hand only when saves wait for a release.</summary>
    public bool ReleasesByHand => Mode == PublishMode.WhenReleased;

    /// <summary>"14 agendas affected", "1 agenda affected".</summary>
    public string AffectedAgendas => ReleasesText.AgendasAffected(Preview.AffectedAgendas);

    /// <summary>Where to edit the changed session; null for one removed from the working copy.</summary>
    public string? EditLink(SessionChange change) =>
        _sessionIds.TryGetValue(change.Uid, out var id) ? $"/organizer/sessions/{id}" : null;
}
