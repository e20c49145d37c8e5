using Summit.Core.Releases;
using Summit.Data.Releases;

namespace Summit.Web.Preview;

/// <summary>
/// The working copy as the next release would publish it, for organizers to look at before releasing: read and built
/// on each call, never kept, so nothing of it reaches the public pages or any cache.
/// </summary>
public sealed class PreviewSnapshots(ReleaseWriter writer, ScheduleSnapshots snapshots, TimeProvider time)
{
    /// <summary>The comment the next release carries while it is only previewed.</summary>
    public const string NotReleased = "Not released yet";

    /// <summary>The preview, or null when the database holds no event.</summary>
    public async Task<ScheduleSnapshot?> GetAsync(CancellationToken cancellationToken)
    {
        // The published snapshot first: the preview reuses its changelog and the texts of unchanged sessions.
        await snapshots.GetAsync(cancellationToken);
        if (await writer.PreviewAsync(cancellationToken) is not { } preview)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var next = new ReleaseInfo((preview.Latest?.Version ?? 0) + 1, null, NotReleased, now, "");
        return snapshots.Unshared(preview.Schedule, next, now);
    }
}
