using Summit.Core.Planning;
using Summit.Organizer.Accounts;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Planner;

/// <summary>
/// Merging from the planner: the session editor's merge, guarded by the versions the organizer saw. It leaves no
/// undo: the merged session is removed (calendars are told it is cancelled, its stars join the target), and splitting
/// its subject back out makes a new session, with a new identity for calendars and without its leads or stars, which
/// is not what "undo" promises. The session's page splits a subject out when that is what the organizer wants.
/// </summary>
public sealed partial class PlannerDesk
{
    /// <summary>Merges <paramref name="source"/> into <paramref name="target"/> as a subject (the existing merge); no undo.</summary>
    public async Task<PlannerOutcome> MergeAsync(PlannerCardRef source, PlannerCardRef target, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (await access.RefusalAsync(cancellationToken) is not null)
        {
            return PlannerOutcome.Refused(OrganizerAccess.SignedOutMessage);
        }

        if (source.Id == target.Id)
        {
            return PlannerOutcome.Refused("Choose another session to merge into.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await GuardAsync(db, [source, target], async (sessions, transaction) =>
        {
            var (from, into) = (sessions[source.Id], sessions[target.Id]);
            await SessionMerge.ApplyAsync(db, from, into, user, _clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return PlannerOutcome.Done(PlannerText.Merged(from.Title, into.Title), null);
        }, cancellationToken);
    }
}
