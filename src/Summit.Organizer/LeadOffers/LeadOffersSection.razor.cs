using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Summit.Organizer.Layout;

namespace Summit.Organizer.LeadOffers;

/// <summary>The dashboard's list of open offers to lead, each accepted or declined in place.</summary>
public sealed partial class LeadOffersSection
{
    private IReadOnlyList<OpenLeadOffer>? _offers;
    private string? _message;
    private bool _done;
    private bool _busy;

    [Inject]
    private LeadOfferDesk Desk { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Called after an offer is accepted, which changes the session (its leads, "lead wanted").</summary>
    [Parameter]
    public EventCallback OnAccepted { get; set; }

    protected override async Task OnInitializedAsync() => _offers = await Desk.OpenAsync(CancellationToken.None);

    private Task AcceptAsync(OpenLeadOffer offer) => DecideAsync(offer, accept: true);

    private Task DeclineAsync(OpenLeadOffer offer) => DecideAsync(offer, accept: false);

    private async Task DecideAsync(OpenLeadOffer offer, bool accept)
    {
        _busy = true;
        try
        {
            var organizer = await CurrentOrganizer.NameAsync(AuthenticationState);
            var decision = accept
                ? await Desk.AcceptAsync(offer.Id, organizer, CancellationToken.None)
                : await Desk.DeclineAsync(offer.Id, organizer, CancellationToken.None);
            (_done, _message) = (decision.Done, decision.Message);
            _offers = await Desk.OpenAsync(CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }

        if (accept && _done)
        {
            await OnAccepted.InvokeAsync();
        }
    }
}
