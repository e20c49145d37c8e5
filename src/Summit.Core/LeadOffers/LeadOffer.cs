namespace Summit.Core.LeadOffers;

/// <summary>
/// An attendee's offer to lead a session that wants a lead. Private: only organizers see it; nothing public (pages,
/// feeds, exports, the API) reads offers.
/// </summary>
public class LeadOffer
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public Session? Session { get; set; }

    public required string Name { get; set; }

    /// <summary>As the attendee typed it, for the organizers to write to.</summary>
    public required string Email { get; set; }

    /// <summary>The address in lower case: one open offer per session and address, however it is capitalised.</summary>
    public required string EmailKey { get; set; }

    public string Note { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the attendee last sent it: a repeated offer replaces the note and moves this on.</summary>
    public DateTime UpdatedUtc { get; set; }

    public LeadOfferStatus Status { get; set; }

    /// <summary>The organizer who accepted or declined it; null while open.</summary>
    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }
}
