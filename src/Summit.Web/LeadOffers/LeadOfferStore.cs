using Microsoft.EntityFrameworkCore;
using Summit.Core.LeadOffers;

namespace Summit.Web.LeadOffers;

/// <summary>Stores attendees' offers: a new one, or the same address's open offer for the session updated.</summary>
public sealed class LeadOfferStore(IDbContextFactory<SummitDbContext> factory, TimeProvider clock)
{
    public const string SessionGone = "This session is no longer on the schedule.";

    public const string NotStored = "Your offer could not be saved just now. What you typed is still here: try again in a moment.";

    /// <summary>Records a valid, normalized offer; returns why it was not stored, or null.</summary>
    public async Task<string?> RecordAsync(int sessionId, LeadOfferInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = LeadOfferRules.EmailKey(input.Email);

        // Twice at most: when the same offer is sent twice at once, the unique index keeps one and the second updates it.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var open = await db.LeadOffers
                .FirstOrDefaultAsync(o => o.SessionId == sessionId && o.EmailKey == key && o.Status == LeadOfferStatus.Open, cancellationToken);
            var offer = LeadOfferRules.Record(open, sessionId, input, clock.GetUtcNow().UtcDateTime);
            if (open is null)
            {
                db.LeadOffers.Add(offer);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException ex) when (attempt == 1 && DatabaseFailure.IsUniqueViolation(ex))
            {
            }
            catch (DbUpdateException ex) when (DatabaseFailure.IsForeignKeyViolation(ex))
            {
                // Deleted (or merged away) since the public schedule was read.
                return SessionGone;
            }
            catch (Exception ex) when (Summit.Organizer.Forms.SaveFailures.Describe(ex) is not null)
            {
                // Busy past the timeout, disk full: the attendee keeps the form and a reason, never an error page.
                return NotStored;
            }
        }
    }
}
