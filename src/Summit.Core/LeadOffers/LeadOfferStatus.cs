namespace Summit.Core.LeadOffers;

public enum LeadOfferStatus
{
    /// <summary>Waiting for an organizer to accept or decline it.</summary>
    Open,
    Accepted,
    Declined,
}
