using Summit.Core.Editing;

namespace Summit.Core.LeadOffers;

/// <summary>
/// The rules of offers to lead a session: what a valid offer is, which sessions take offers, one open offer per session
/// and address, and what accepting or declining one does.
/// </summary>
public static class LeadOfferRules
{
    public const int MaxName = 100;
    public const int MaxEmail = 254;
    public const int MaxNote = 1_000;

    /// <summary>Checks a normalized input; each failure names its field and says what to do.</summary>
    public static IReadOnlyDictionary<string, string> Validate(LeadOfferInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (input.Name.Length == 0)
        {
            errors[nameof(input.Name)] = "Enter your name.";
        }
        else if (input.Name.Length > MaxName)
        {
            errors[nameof(input.Name)] = $"Keep your name to {MaxName} characters.";
        }

        if (input.Email.Length == 0)
        {
            errors[nameof(input.Email)] = "Enter your email address, so the organizers can reply.";
        }
        else if (input.Email.Length > MaxEmail)
        {
            errors[nameof(input.Email)] = $"An email address has at most {MaxEmail} characters.";
        }
        else if (!LooksLikeEmail(input.Email))
        {
            errors[nameof(input.Email)] = "Enter an email address such as name@example.org.";
        }

        if (input.Note.Length > MaxNote)
        {
            errors[nameof(input.Note)] = $"Keep the note to {MaxNote:N0} characters (it has {input.Note.Length:N0}).";
        }

        return errors;
    }

    /// <summary>
    /// One @ with something before it and a domain with a dot after it, no spaces: enough to catch typing slips. Whether
    /// the address works only a reply can tell.
    /// </summary>
    public static bool LooksLikeEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || email.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = email[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.StartsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>The key one open offer per session is kept under: the address in lower case.</summary>
    public static string EmailKey(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.ToLowerInvariant();
    }

    /// <summary>Why a published session takes no offers, or null when it does: it must want a lead and not be cancelled.</summary>
    public static string? Refusal(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Status == SessionStatus.Cancelled)
        {
            return "This session is cancelled, so it needs no lead.";
        }

        return session.LeadWanted ? null : "This session is not looking for a lead.";
    }

    /// <summary>
    /// Records a valid offer: a new one, or, when this address already has an open offer for the session, that offer with
    /// the new name and note (sending the form again corrects it rather than adding a second).
    /// </summary>
    public static LeadOffer Record(LeadOffer? open, int sessionId, LeadOfferInput input, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (open is not null)
        {
            if (open.Status != LeadOfferStatus.Open || open.SessionId != sessionId || open.EmailKey != EmailKey(input.Email))
            {
                throw new InvalidOperationException("Only an open offer from the same address for the same session is updated.");
            }

            open.Name = input.Name;
            open.Email = input.Email;
            open.Note = input.Note;
            open.UpdatedUtc = nowUtc;
            return open;
        }

        return new LeadOffer
        {
            SessionId = sessionId,
            Name = input.Name,
            Email = input.Email,
            EmailKey = EmailKey(input.Email),
            Note = input.Note,
            CreatedUtc = nowUtc,
            UpdatedUtc = nowUtc,
            Status = LeadOfferStatus.Open,
        };
    }

    /// <summary>Accepts or declines an open offer; returns why not when it was already decided.</summary>
    public static string? Decide(LeadOffer offer, LeadOfferStatus decision, string organizer, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (decision == LeadOfferStatus.Open)
        {
            throw new ArgumentOutOfRangeException(nameof(decision), "A decision accepts or declines.");
        }

        if (offer.Status != LeadOfferStatus.Open)
        {
            return $"This offer was already {(offer.Status == LeadOfferStatus.Accepted ? "accepted" : "declined")} by {offer.DecidedBy}.";
        }

        offer.Status = decision;
        offer.DecidedBy = organizer;
        offer.DecidedAtUtc = nowUtc;
        return null;
    }

    /// <summary>
    /// The session's leads once an offer is accepted: the person who offered joins as a tentative lead (organizers confirm
    /// a lead when it is settled), unless someone of that name already leads it.
    /// </summary>
    public static IReadOnlyList<LeadDraft> LeadsAfterAccepting(IReadOnlyList<(LeadDraft Lead, string Name)> current, string offeredBy)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(offeredBy);
        var leads = current.Select(c => c.Lead).ToList();
        var name = TextInput.Line(offeredBy).Trim();
        if (!current.Any(c => string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            leads.Add(new LeadDraft(null, name, IsTentative: true));
        }

        return leads;
    }
}
