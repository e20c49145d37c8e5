using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Agenda;
using Summit.Data;
using Summit.Data.Releases;

namespace Summit.Web.Agenda;

public enum StarOutcome
{
    Starred,
    Unstarred,
    UnknownSession,
    AgendaFull,

    /// <summary>The client made too many agendas lately; nothing was created.</summary>
    TooManyNewAgendas,
}

/// <summary>What a star did, the token of the agenda it went to, and when a refused creation may be tried again.</summary>
public sealed record StarResult(StarOutcome Outcome, string? Token, TimeSpan? RetryAfter = null);

/// <summary>An agenda as its page and feeds read it.</summary>
/// <param name="Id">Its id, which removed sessions' cancellations name.</param>
/// <param name="SessionIds">The sessions it holds in the working copy.</param>
/// <param name="StarredUids">The UIDs it stars: its sessions', and those of sessions deleted or merged away since they were starred.</param>
/// <param name="UpdatedUtc">When its stars or link last changed.</param>
/// <param name="SeenRelease">The release its owner last looked at; null for an agenda not looked at since releases began.</param>
public sealed record StoredAgenda(int Id, IReadOnlyList<int> SessionIds, IReadOnlySet<Guid> StarredUids, DateTime UpdatedUtc, int? SeenRelease);

public enum MergeOutcome
{
    Merged,

    /// <summary>The agenda to merge into no longer exists (its link was reset).</summary>
    NotFound,

    /// <summary>Together the two agendas hold more than <see cref="AgendaOptions.MaxSessions"/> sessions.</summary>
    TooMany,

    /// <summary>The agenda changed under the merge several times over; nothing was merged.</summary>
    Busy,
}

/// <summary>
/// Reads and changes agendas by their secret token. A token that is malformed, unknown or reset finds nothing. Every
/// stored change invalidates the agenda's kept feed (<see cref="AgendaFeedCache"/>).
/// </summary>
public sealed class AgendaStore(SummitDbContext db, TimeProvider clock, AgendaCreations creations, IOptions<AgendaOptions> options, AgendaFeedCache feeds)
{
    /// <summary>The most sessions one agenda holds (<see cref="AgendaOptions.MaxSessions"/>).</summary>
    public int MaxSessions => options.Value.MaxSessions;

    /// <summary>The ids of the sessions an agenda holds, or null when the token opens no agenda.</summary>
    public async Task<IReadOnlyList<int>?> GetSessionIdsAsync(string? token, CancellationToken cancellationToken)
    {
        if (!AgendaToken.IsWellFormed(token))
        {
            return null;
        }

        var hash = AgendaToken.Hash(token!);
        var agenda = await db.Agendas.AsNoTracking()
            .Where(a => a.TokenHash == hash)
            .Select(a => new { Ids = a.Items.Select(i => i.SessionId).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        return agenda?.Ids;
    }

    /// <summary>
    /// An agenda with what its page and feeds show: its stars by UID, including sessions deleted or merged away since
    /// they were starred, and the release its owner last looked at. Null when the token opens no agenda.
    /// </summary>
    public async Task<StoredAgenda?> GetAsync(string? token, CancellationToken cancellationToken)
    {
        if (!AgendaToken.IsWellFormed(token))
        {
            return null;
        }

        var hash = AgendaToken.Hash(token!);
        var agenda = await db.Agendas.AsNoTracking()
            .Where(a => a.TokenHash == hash)
            .Select(a => new { a.Id, a.UpdatedUtc, a.SeenRelease })
            .FirstOrDefaultAsync(cancellationToken);
        if (agenda is null)
        {
            return null;
        }

        var starred = await db.AgendaItems.AsNoTracking()
            .Where(i => i.AgendaId == agenda.Id)
            .Join(db.Sessions, i => i.SessionId, s => s.Id, (i, s) => new { i.SessionId, s.Uid })
            .ToListAsync(cancellationToken);
        var removed = await db.RemovedSessionAgendas.AsNoTracking()
            .Where(r => r.AgendaId == agenda.Id)
            .Join(db.RemovedSessions, a => a.RemovedSessionId, r => r.Id, (a, r) => r.Uid)
            .ToListAsync(cancellationToken);
        return new StoredAgenda(agenda.Id, [.. starred.Select(s => s.SessionId)], starred.Select(s => s.Uid).Concat(removed).ToHashSet(), DateTime.SpecifyKind(agenda.UpdatedUtc, DateTimeKind.Utc), agenda.SeenRelease);
    }

    /// <summary>
    /// Records that the owner looked at the agenda in release <paramref name="release"/>: marks of releases up to it go.
    /// Never moves back to an older release. False when the token opens no agenda.
    /// </summary>
    public async Task<bool> MarkSeenAsync(string? token, int release, CancellationToken cancellationToken)
    {
        if (!AgendaToken.IsWellFormed(token))
        {
            return false;
        }

        var hash = AgendaToken.Hash(token!);
        var agenda = db.Agendas.Where(a => a.TokenHash == hash);
        if (!await agenda.AnyAsync(cancellationToken))
        {
            return false;
        }

        // What the owner has seen changes neither the agenda's sessions nor its feed.
        await agenda.Where(a => a.SeenRelease == null || a.SeenRelease < release)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.SeenRelease, release), cancellationToken);
        return true;
    }

    /// <summary>For an agenda from before releases, which never recorded one: it has seen <paramref name="release"/>.</summary>
    public Task FirstLookAsync(int agendaId, int release, CancellationToken cancellationToken) =>
        db.Agendas.Where(a => a.Id == agendaId && a.SeenRelease == null)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.SeenRelease, release), cancellationToken);

    /// <summary>
    /// Stars or unstars a session. Without a token that opens an agenda, starring creates one: under
    /// <paramref name="freshToken"/> when the browser was handed one (<see cref="AgendaCookie.FreshName"/>), else under a
    /// new token; the result carries the token. <paramref name="client"/> is the address creation is limited by.
    /// </summary>
    public async Task<StarResult> SetStarAsync(
        string? token, string? freshToken, string client, string sessionSlug, bool starred, CancellationToken cancellationToken)
    {
        // An unscheduled session is a proposal no attendee can see: it cannot be starred, so a guessed slug learns
        // nothing. Unstarring stays open, so a star kept from before it left the schedule can still be taken away.
        var sessionId = await db.Sessions.AsNoTracking()
            .Where(s => s.Slug == sessionSlug && (!starred || (s.RoomId != null && s.TimeSlotId != null)))
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (sessionId is null)
        {
            return !starred && await ForgetRemovedAsync(token, sessionSlug, cancellationToken)
                ? new(StarOutcome.Unstarred, token)
                : new(StarOutcome.UnknownSession, token);
        }

        var agenda = await FindAsync(token, cancellationToken);
        if (agenda is not null)
        {
            return new(await SetStarAsync(agenda, sessionId.Value, starred, cancellationToken), token);
        }

        if (!starred)
        {
            return new(StarOutcome.Unstarred, token);
        }

        // One creation at a time: a first star sent together with this one, under the same fresh token, either made
        // the agenda already (and this one joins it) or waits for this one to make it.
        using var _ = await creations.EnterAsync(cancellationToken);
        var fresh = AgendaToken.IsWellFormed(freshToken) ? freshToken! : null;
        agenda = await FindAsync(fresh, cancellationToken);
        if (agenda is null)
        {
            if (!creations.TryTake(client, out var retryAfter))
            {
                return new(StarOutcome.TooManyNewAgendas, token, retryAfter);
            }

            // A new agenda has seen the schedule as it is: only later releases are marked on it.
            agenda = new PersonalAgenda
            {
                TokenHash = AgendaToken.Hash(fresh ??= AgendaToken.Create()),
                CreatedUtc = Now,
                SeenRelease = await ReleaseStore.LatestVersionAsync(db, cancellationToken),
            };
            db.Agendas.Add(agenda);
        }

        return new(await SetStarAsync(agenda, sessionId.Value, starred, cancellationToken), fresh);
    }

    private async Task<StarOutcome> SetStarAsync(PersonalAgenda agenda, int sessionId, bool starred, CancellationToken cancellationToken)
    {
        var item = agenda.Items.FirstOrDefault(i => i.SessionId == sessionId);
        if (starred && item is null)
        {
            if (agenda.Items.Count >= MaxSessions)
            {
                return StarOutcome.AgendaFull;
            }

            agenda.Items.Add(new AgendaItem { SessionId = sessionId, AddedUtc = Now });
        }
        else if (!starred && item is not null)
        {
            agenda.Items.Remove(item);
        }

        agenda.UpdatedUtc = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (starred && agenda.Id != 0 && DatabaseFailure.IsUniqueViolation(ex))
        {
            // Another tab starred the same session a moment earlier: the wish is already met. Any other failure is
            // the client's to hear about: its star was not stored.
            db.ChangeTracker.Clear();
            if (!await IsStarredAsync(agenda.Id, sessionId, cancellationToken))
            {
                throw;
            }
        }

        feeds.Invalidate(agenda.Id);
        return starred ? StarOutcome.Starred : StarOutcome.Unstarred;
    }

    /// <summary>
    /// Unstars a session deleted from the working copy that the agenda had starred: the release still shows it, and
    /// with it its star, until the next release. Its cancellation then no longer reaches this agenda's feed.
    /// </summary>
    private async Task<bool> ForgetRemovedAsync(string? token, string sessionSlug, CancellationToken cancellationToken)
    {
        var agenda = await FindAsync(token, cancellationToken);
        if (agenda is null)
        {
            return false;
        }

        var forgotten = await db.RemovedSessionAgendas
            .Where(a => a.AgendaId == agenda.Id && db.RemovedSessions.Any(r => r.Id == a.RemovedSessionId && r.Slug == sessionSlug))
            .ExecuteDeleteAsync(cancellationToken);
        if (forgotten == 0)
        {
            return false;
        }

        feeds.Invalidate(agenda.Id);
        return true;
    }

    /// <summary>The agenda holds the session: what a refused second row (its primary key is agenda and session) means.</summary>
    private Task<bool> IsStarredAsync(int agendaId, int sessionId, CancellationToken cancellationToken) =>
        db.AgendaItems.AsNoTracking().AnyAsync(i => i.AgendaId == agendaId && i.SessionId == sessionId, cancellationToken);

    /// <summary>Gives the agenda a new token; the old link and feed stop working at once. Null when the token opens nothing.</summary>
    public async Task<string?> ResetTokenAsync(string? token, CancellationToken cancellationToken)
    {
        var agenda = await FindAsync(token, cancellationToken);
        if (agenda is null)
        {
            return null;
        }

        var fresh = AgendaToken.Create();
        agenda.TokenHash = AgendaToken.Hash(fresh);
        agenda.UpdatedUtc = Now;
        await db.SaveChangesAsync(cancellationToken);
        feeds.Invalidate(agenda.Id);
        return fresh;
    }

    /// <summary>
    /// Adds the sessions of the agenda <paramref name="fromToken"/> opens to the one <paramref name="intoToken"/> opens.
    /// The first agenda is left as it was: its own link and feed keep working.
    /// </summary>
    public async Task<MergeOutcome> MergeAsync(string? fromToken, string intoToken, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var adding = await GetSessionIdsAsync(fromToken, cancellationToken) ?? [];
            var into = await FindAsync(intoToken, cancellationToken);
            if (into is null)
            {
                return MergeOutcome.NotFound;
            }

            var missing = adding.Except(into.Items.Select(i => i.SessionId)).ToList();
            if (into.Items.Count + missing.Count > MaxSessions)
            {
                return MergeOutcome.TooMany;
            }

            into.Items.AddRange(missing.Select(id => new AgendaItem { SessionId = id, AddedUtc = Now }));
            into.UpdatedUtc = Now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                feeds.Invalidate(into.Id);
                return MergeOutcome.Merged;
            }
            catch (DbUpdateException)
            {
                // A star on the other device added one of these sessions a moment earlier, or an organizer deleted
                // one: read both agendas again.
                db.ChangeTracker.Clear();
            }
        }

        return MergeOutcome.Busy;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<PersonalAgenda?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!AgendaToken.IsWellFormed(token))
        {
            return null;
        }

        var hash = AgendaToken.Hash(token!);
        return await db.Agendas.Include(a => a.Items).FirstOrDefaultAsync(a => a.TokenHash == hash, cancellationToken);
    }
}
