using System.ComponentModel.DataAnnotations;

namespace Summit.Web.LeadOffers;

/// <summary>How many offers to lead one client may send, bound to the configuration section <c>LeadOfferOptions</c>.</summary>
public sealed class LeadOfferOptions
{
    /// <summary>
    /// Offers one client address may send per <see cref="Window"/>. Generous enough for attendees sharing the venue's
    /// network, low enough that nobody fills the organizers' list. Defaults to 10.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "LeadOfferOptions:PermitLimit must be between 1 and 100000.")]
    public int PermitLimit { get; set; } = 10;

    /// <summary>Defaults to ten minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00",
        ErrorMessage = "LeadOfferOptions:Window must be between 00:00:01 (a second) and 1.00:00:00 (a day).")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
