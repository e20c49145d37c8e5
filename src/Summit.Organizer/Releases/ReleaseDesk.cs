using Microsoft.EntityFrameworkCore;
using Summit.Core.Releases;
using Summit.Data;
using Summit.Data.Releases;
using Summit.Organizer.Accounts;
using Summit.Organizer.Forms;

namespace Summit.Organizer.Releases;

/// <summary>
/// The organizer's side of releases: what releasing the working copy would change, the releases made so far, and
/// releasing, with what to tell the organizer whichever way it ends. Holds no state, so two open pages are two
/// organizers; one database context per operation.
/// </summary>
public sealed class ReleaseDesk(IDbContextFactory<SummitDbContext> factory, ReleaseWriter writer, ReleaseStore store, OrganizerAccess? access = null)
{
    /// <summary>The page's contents; null while the database holds no event.</summary>
    public async Task<ReleasesView?> LoadAsync(CancellationToken cancellationToken)
    {
        var preview = await writer.PreviewAsync(cancellationToken);
        return preview is null ? null : await ViewAsync(preview, cancellationToken);
    }

    /// <summary>
    /// What the dashboard says about changes not yet released ("3 unreleased changes"): null when each save is
    /// published at once or nothing waits. Reads the whole working copy, as a preview does.
    /// </summary>
    public async Task<string?> UnreleasedAsync(CancellationToken cancellationToken)
    {
        if (await ModeAsync(cancellationToken) != PublishMode.WhenReleased)
        {
            return null;
        }

        var preview = await writer.PreviewAsync(cancellationToken);
        return preview is { ChangesSomething: true } ? ReleasesText.Unreleased(preview) : null;
    }

    /// <summary>
    /// Releases the working copy as the release after <paramref name="expectedLatest"/>, the latest release the organizer's
    /// preview was against: if another organizer released since, nothing is released and the organizer sees the new changes.
    /// </summary>
    public async Task<ReleaseAttempt> ReleaseAsync(int? expectedLatest, ReleaseDraft draft, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (access is not null && !await access.CanWriteAsync(cancellationToken))
        {
            return ReleaseAttempt.Invalid(OrganizerAccess.SignedOutOutcome.Errors);
        }

        draft = draft.Normalized();
        var errors = ReleaseRules.Validate(draft);
        if (errors.Count > 0)
        {
            return ReleaseAttempt.Invalid(errors);
        }

        if (await ModeAsync(cancellationToken) != PublishMode.WhenReleased)
        {
            return ReleaseAttempt.Of(ReleaseAttemptKind.NotReleasedByHand, ReleasesText.PublishedAtOnce, await LoadAsync(cancellationToken));
        }

        ReleaseOutcome outcome;
        try
        {
            outcome = await writer.ReleaseAsync(expectedLatest, new ReleaseRequest(draft.Name, draft.Comment!, user), cancellationToken);
        }
        catch (Exception ex) when (SaveFailures.Describe(ex) is { } failure)
        {
            return ReleaseAttempt.Of(ReleaseAttemptKind.Failed, failure, null);
        }

        return outcome switch
        {
            ReleaseOutcome.Released released => ReleaseAttempt.Of(ReleaseAttemptKind.Released, ReleasesText.Published(released.Release), await LoadAsync(cancellationToken)),
            ReleaseOutcome.Overtaken overtaken => ReleaseAttempt.Of(
                ReleaseAttemptKind.Overtaken, ReleasesText.Overtaken(overtaken.Latest), await ViewAsync(overtaken.Preview, cancellationToken)),
            _ => ReleaseAttempt.Of(ReleaseAttemptKind.NothingToRelease, ReleasesText.NothingToRelease, await LoadAsync(cancellationToken)),
        };
    }

    private async Task<ReleasesView> ViewAsync(ReleasePreview preview, CancellationToken cancellationToken) =>
        new(await ModeAsync(cancellationToken) ?? PublishMode.Immediately, preview, await store.ListAsync(cancellationToken));

    private async Task<PublishMode?> ModeAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Conferences.AsNoTracking().OrderBy(c => c.Id).Select(c => (PublishMode?)c.PublishMode).FirstOrDefaultAsync(cancellationToken);
    }
}
