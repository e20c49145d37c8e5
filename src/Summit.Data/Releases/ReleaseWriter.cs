using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>
/// What organizers do with releases: see what releasing the working copy would change, and release it. Two organizers
/// releasing at once get consecutive numbers or one of them is told; a save landing meanwhile is wholly in the release
/// or wholly in the next.
/// </summary>
public sealed class ReleaseWriter(
    IDbContextFactory<SummitDbContext> factory,
    ReleaseStore store,
    ScheduleChangeSignal signal,
    TimeProvider time,
    IOptions<ReleaseOptions> options)
{
    /// <summary>What releasing now would change; null when the database holds no event.</summary>
    public async Task<ReleasePreview?> PreviewAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await ReadPreviewAsync(db, cancellationToken);
    }

    /// <summary>
    /// Releases the working copy as the release after <paramref name="expectedLatest"/>, the one the organizer saw the
    /// changes against (null: before the first). If another release came first, nothing is released and the organizer
    /// gets the new changes to look at.
    /// </summary>
    public async Task<ReleaseOutcome> ReleaseAsync(int? expectedLatest, ReleaseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (preview, latest) = await ReadAsync(db, cancellationToken);
        if (preview is null)
        {
            throw new InvalidOperationException("There is no event to release.");
        }

        // With no release at all (none made yet, or all removed by hand) there is nothing to be overtaken by.
        if (latest is not null && latest.Info.Version != expectedLatest)
        {
            return new ReleaseOutcome.Overtaken(latest.Info, preview);
        }

        if (!preview.ChangesSomething)
        {
            return new ReleaseOutcome.NothingToRelease(latest?.Info);
        }

        try
        {
            var released = await ReleaseMaker.WriteAsync(
                db, store, preview.Schedule, latest, request, time.GetUtcNow().UtcDateTime, options.Value, cancellationToken, preview.ContentHash, preview.Changes);
            signal.Notify();
            return new ReleaseOutcome.Released(released.Info);
        }
        catch (ReleaseTakenException)
        {
            await using var again = await factory.CreateDbContextAsync(cancellationToken);
            var (fresh, now) = await ReadAsync(again, cancellationToken);
            return new ReleaseOutcome.Overtaken(now!.Info, fresh!);
        }
    }

    private async Task<ReleasePreview?> ReadPreviewAsync(SummitDbContext db, CancellationToken cancellationToken) =>
        (await ReadAsync(db, cancellationToken)).Preview;

    private async Task<(ReleasePreview? Preview, ReleasedSchedule? Latest)> ReadAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        await using var consistent = await ConsistentRead.BeginAsync(db, cancellationToken);
        var working = await new ScheduleReader(db).ReadAsync(cancellationToken);
        if (working is null)
        {
            return (null, null);
        }

        var number = await ReleaseStore.LatestVersionAsync(db, cancellationToken);
        var latest = number is { } n ? await store.GetAsync(db, n, cancellationToken) : null;
        var mode = await db.Conferences.AsNoTracking().OrderBy(c => c.Id).Select(c => c.PublishMode).FirstAsync(cancellationToken);
        var schedule = ReleaseMaker.PublicPart(working, latest?.Schedule, keepEveryRemoved: latest is null && mode == PublishMode.Immediately);
        var changes = ScheduleDiff.Compare(latest?.Schedule, schedule);
        var affected = await AffectedAgendasAsync(db, changes, cancellationToken);
        var hash = ReleaseContent.Hash(schedule);
        var preview = new ReleasePreview(latest?.Info, schedule, changes, affected)
        {
            ChangesSomething = latest is null || hash != latest.ContentHash,
            ContentHash = hash,
        };
        return (preview, latest);
    }

    /// <summary>Agendas that star a changed session, or starred one since removed.</summary>
    private static async Task<int> AffectedAgendasAsync(SummitDbContext db, IReadOnlyList<SessionChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return 0;
        }

        var uids = changes.Select(c => c.Uid).Distinct().ToList();
        var starring = await db.AgendaItems.AsNoTracking()
            .Join(db.Sessions, i => i.SessionId, s => s.Id, (i, s) => new { i.AgendaId, s.Uid })
            .Where(x => uids.Contains(x.Uid))
            .Select(x => x.AgendaId)
            .ToListAsync(cancellationToken);
        var starred = await db.RemovedSessionAgendas.AsNoTracking()
            .Join(db.RemovedSessions, a => a.RemovedSessionId, r => r.Id, (a, r) => new { a.AgendaId, r.Uid })
            .Where(x => uids.Contains(x.Uid))
            .Select(x => x.AgendaId)
            .ToListAsync(cancellationToken);
        return starring.Concat(starred).Distinct().Count();
    }
}
