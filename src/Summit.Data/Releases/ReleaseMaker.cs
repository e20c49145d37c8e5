using Microsoft.EntityFrameworkCore;
using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>What a new release is made of.</summary>
/// <param name="Name">An optional name such as "Final".</param>
/// <param name="Comment">What changed, in the organizer's words.</param>
/// <param name="By">The organizer releasing.</param>
public sealed record ReleaseRequest(string? Name, string Comment, string By);

/// <summary>Another release took the number this one was to have.</summary>
public sealed class ReleaseTakenException(int version, Exception inner)
    : Exception($"Release {version} has just been made by someone else.", inner)
{
    public int Version { get; } = version;
}

/// <summary>Writes a release: the working copy as the public will see it, stored compactly, with its changelog.</summary>
internal static class ReleaseMaker
{
    /// <summary>
    /// The working copy as a release publishes it. Removed sessions are kept only when the previous release had them (or
    /// had them as removed): one created and deleted between two releases was never public, so no calendar needs its
    /// cancellation. Which agendas held a removed session is the agendas' business, not the release's.
    /// </summary>
    public static PublishedSchedule PublicPart(PublishedSchedule working, PublishedSchedule? previous, bool keepEveryRemoved)
    {
        var wasPublic = previous is null ? null : previous.Sessions.Select(s => s.Uid).Concat(previous.Removed.Select(r => r.AsItWas.Uid)).ToHashSet();
        return working with
        {
            Removed = [.. working.Removed
                .Where(r => keepEveryRemoved || wasPublic?.Contains(r.AsItWas.Uid) == true)
                .Select(r => r with { AgendaIds = [] })],
        };
    }

    /// <summary>Stores release <paramref name="previous"/> + 1 of <paramref name="schedule"/>; throws <see cref="ReleaseTakenException"/> if that number is taken.</summary>
    /// <param name="hash">The schedule's <see cref="ReleaseContent.Hash"/> when the caller has it already.</param>
    /// <param name="changes">Its changes from <paramref name="previous"/> when the caller has them already.</param>
    public static async Task<ReleasedSchedule> WriteAsync(
        SummitDbContext db,
        ReleaseStore? store,
        PublishedSchedule schedule,
        ReleasedSchedule? previous,
        ReleaseRequest request,
        DateTime nowUtc,
        ReleaseOptions options,
        CancellationToken cancellationToken,
        string? hash = null,
        IReadOnlyList<SessionChange>? changes = null)
    {
        // At 2,000 sessions the hash and the changelog take a fifth of a second each: made once per release, not again.
        var version = (previous?.Info.Version ?? 0) + 1;
        hash ??= ReleaseContent.Hash(schedule);
        var (content, baseVersion) = await StoreAsync(db, store, schedule, previous, hash, options, cancellationToken);
        changes ??= ScheduleDiff.Compare(previous?.Schedule, schedule);
        var row = new Release
        {
            Version = version,
            Name = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim(),
            Comment = request.Comment.Trim(),
            // PostgreSQL keeps microseconds: the time this instance keeps must be the one every other instance reads.
            ReleasedUtc = new DateTime(nowUtc.Ticks - (nowUtc.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc),
            ReleasedBy = request.By,
            ContentHash = hash,
            BaseVersion = baseVersion,
            Content = content,
            Changes = ReleaseChanges.Write(changes),
            SessionCount = schedule.Sessions.Count,
            ChangeCount = changes.Count,
        };
        db.Releases.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseFailure.IsUniqueViolation(e))
        {
            db.Entry(row).State = EntityState.Detached;
            throw new ReleaseTakenException(version, e);
        }

        var released = new ReleasedSchedule(ReleaseStore.Info(row), schedule, hash);
        store?.Keep(released);
        return released;
    }

    /// <summary>The difference from the last whole release while that stays small; the whole schedule otherwise.</summary>
    private static async Task<(byte[] Content, int? BaseVersion)> StoreAsync(
        SummitDbContext db, ReleaseStore? store, PublishedSchedule schedule, ReleasedSchedule? previous, string hash, ReleaseOptions options, CancellationToken cancellationToken)
    {
        if (previous is null || store is null)
        {
            return (ReleaseContent.Whole(schedule), null);
        }

        var previousBase = await db.Releases.AsNoTracking().Where(r => r.Version == previous.Info.Version).Select(r => r.BaseVersion).SingleAsync(cancellationToken);
        var baseVersion = previousBase ?? previous.Info.Version;
        var wholeSize = await db.Releases.AsNoTracking().Where(r => r.Version == baseVersion).Select(r => r.Content.Length).SingleAsync(cancellationToken);
        var baseline = baseVersion == previous.Info.Version ? previous.Schedule : (await store.GetAsync(db, baseVersion, cancellationToken))!.Schedule;
        var difference = ReleaseContent.Difference(baseline, schedule, hash);
        if (difference is null || difference.Length >= wholeSize * options.WholeCopyShare)
        {
            return (ReleaseContent.Whole(schedule), null);
        }

        // Each difference repeats every session changed since the whole copy, so many small saves would each store
        // nearly the share: once the differences since it add up to a whole copy, another one costs less from then on.
        var sinceWhole = await db.Releases.AsNoTracking().Where(r => r.BaseVersion == baseVersion).SumAsync(r => (long)r.Content.Length, cancellationToken);
        return sinceWhole + difference.Length > wholeSize ? (ReleaseContent.Whole(schedule), null) : (difference, baseVersion);
    }
}
