using Microsoft.EntityFrameworkCore;
using Summit.Core.LeadOffers;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.LeadOffers;

/// <summary>
/// Organizers' work on attendees' offers to lead: the open ones, accepting one (its sender becomes a tentative lead,
/// saved through <see cref="SessionEditor"/> like any edit, so the history, the release rules and the caches follow) and
/// declining one. One database context per operation, as interactive components need.
/// </summary>
public sealed class LeadOfferDesk(IDbContextFactory<SummitDbContext> factory, SessionEditor editor, TimeProvider clock, OrganizerAccess? access = null)
{
    public async Task<IReadOnlyList<OpenLeadOffer>> OpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var offers = await db.LeadOffers.AsNoTracking().Where(o => o.Status == LeadOfferStatus.Open)
            .Select(o => new OpenLeadOffer(o.Id, o.SessionId, o.Session!.Title, o.Name, o.Email, o.Note, o.UpdatedUtc))
            .ToListAsync(cancellationToken);
        return [.. offers.OrderBy(o => o.SentUtc).ThenBy(o => o.Id)];
    }

    /// <summary>Accepts an open offer: its sender joins the session's leads as tentative, and the session no longer wants a lead.</summary>
    public async Task<LeadOfferDecision> AcceptAsync(int offerId, string organizer, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is not null)
        {
            return new(false, OrganizerAccess.SignedOutMessage);
        }

        var offer = await ClaimAsync(offerId, LeadOfferStatus.Accepted, organizer, cancellationToken);
        if (offer.Refusal is not null)
        {
            return new(false, offer.Refusal);
        }

        var outcome = await SaveLeadAsync(offer.Offer!, organizer, cancellationToken);
        if (outcome.Succeeded)
        {
            return new(true, $"{offer.Offer!.Name} is now a tentative lead of “{offer.Offer.Session!.Title}”.");
        }

        // The session did not take the lead: the offer stays open for another try.
        await ReopenAsync(offerId, cancellationToken);
        return new(false, Describe(outcome));
    }

    public async Task<LeadOfferDecision> DeclineAsync(int offerId, string organizer, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is not null)
        {
            return new(false, OrganizerAccess.SignedOutMessage);
        }

        var offer = await ClaimAsync(offerId, LeadOfferStatus.Declined, organizer, cancellationToken);
        return offer.Refusal is null
            ? new(true, $"Declined {offer.Offer!.Name}’s offer to lead “{offer.Offer.Session!.Title}”.")
            : new(false, offer.Refusal);
    }

    /// <summary>
    /// Decides the offer if it is still open. The status is the concurrency check: of two organizers deciding the same
    /// offer at once, one is told the other's decision.
    /// </summary>
    private async Task<(LeadOffer? Offer, string? Refusal)> ClaimAsync(int offerId, LeadOfferStatus decision, string organizer, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var offer = await db.LeadOffers.Include(o => o.Session).FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is null)
        {
            return (null, "This offer no longer exists: its session was deleted.");
        }

        if (LeadOfferRules.Decide(offer, decision, organizer, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return (null, refusal);
        }

        var claimed = await db.LeadOffers.Where(o => o.Id == offerId && o.Status == LeadOfferStatus.Open)
            .ExecuteUpdateAsync(
                set => set.SetProperty(o => o.Status, offer.Status).SetProperty(o => o.DecidedBy, offer.DecidedBy).SetProperty(o => o.DecidedAtUtc, offer.DecidedAtUtc),
                cancellationToken);
        return claimed == 1 ? (offer, null) : (null, "Another organizer decided this offer a moment ago.");
    }

    private async Task ReopenAsync(int offerId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.LeadOffers.Where(o => o.Id == offerId)
            .ExecuteUpdateAsync(
                set => set.SetProperty(o => o.Status, LeadOfferStatus.Open).SetProperty(o => o.DecidedBy, (string?)null).SetProperty(o => o.DecidedAtUtc, (DateTime?)null),
                cancellationToken);
    }

    private async Task<SaveOutcome> SaveLeadAsync(LeadOffer offer, string organizer, CancellationToken cancellationToken)
    {
        var form = await editor.LoadAsync(offer.SessionId, cancellationToken);
        if (form is null)
        {
            return SaveOutcome.Invalid("Leads", "This session was deleted.");
        }

        var draft = form.ToDraft();
        var current = draft.Leads.Zip(form.Leads, (lead, row) => (lead, row.Name)).ToList();

        // "Lead wanted" means nobody is expected to lead the session (the dashboard warns that it still needs someone);
        // an accepted offer is someone, so the session stops asking.
        draft = draft with { Leads = LeadOfferRules.LeadsAfterAccepting(current, offer.Name), LeadWanted = false };
        return await editor.SaveAsync(offer.SessionId, draft, form.Version, organizer, cancellationToken);
    }

    private static string Describe(SaveOutcome outcome) =>
        outcome.Failure
        ?? (outcome.Conflict is not null ? "Another organizer saved this session a moment ago. Try again." : null)
        ?? outcome.Errors.Values.SelectMany(m => m).FirstOrDefault()
        ?? "The session could not be saved.";
}
