namespace Summit.Organizer.LeadOffers;

/// <summary>An open offer as the dashboard lists it.</summary>
public sealed record OpenLeadOffer(int Id, int SessionId, string SessionTitle, string Name, string Email, string Note, DateTime SentUtc);

/// <summary>What accepting or declining did: done, or why not, said for the organizer.</summary>
public sealed record LeadOfferDecision(bool Done, string Message);
