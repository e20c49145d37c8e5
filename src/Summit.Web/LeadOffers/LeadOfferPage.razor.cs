using Microsoft.AspNetCore.Components;
using Summit.Core.LeadOffers;
using Summit.Web.Infrastructure;
using Summit.Web.Published;

namespace Summit.Web.LeadOffers;

/// <summary>
/// The offer to lead a session: a page of its own rather than a form on the session page, because a form carries a
/// per-visitor antiforgery token and would make the shared, cached session page personal and uncacheable. This page is
/// small and personal anyway (no-store), and its antiforgery token defends the post like every other form.
/// </summary>
public sealed partial class LeadOfferPage
{
    private ScheduledSession? _session;
    private string _eventName = "";
    private string? _refusal;
    private string? _failure;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromForm(FormName = "lead-offer")]
    private OfferForm? Input { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private PublicScheduleRequest Published { get; set; } = null!;

    [Inject]
    private LeadOfferStore Store { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    private string SessionHref => $"/sessions/{Uri.EscapeDataString(Slug)}";

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        var snapshot = HttpContext is null ? null : await Published.GetSnapshotAsync();

        // Only what attendees can see takes offers: a published session, not a proposal or a working copy's draft.
        _session = snapshot is { IsPublished: true } ? snapshot.Addresses.Find(Slug) : null;
        if (_session is null)
        {
            Navigation.NotFound();
            return;
        }

        _eventName = snapshot!.Schedule.Event.Name;
        _refusal = LeadOfferRules.Refusal(_session);
        if (_refusal is not null)
        {
            // The page says why; a post here changes nothing.
            ExplainedStatus.Set(HttpContext!, StatusCodes.Status404NotFound);
        }
    }

    private async Task SendAsync()
    {
        if (_session is null || _refusal is not null)
        {
            return;
        }

        var input = new LeadOfferInput(Input!.Name ?? "", Input.Email ?? "", Input.Note ?? "").Normalized();
        _errors = LeadOfferRules.Validate(input);
        if (_errors.Count == 0)
        {
            _failure = await Store.RecordAsync(_session.Id, input, HttpContext!.RequestAborted);
            if (_failure is null)
            {
                Navigation.NavigateTo($"{SessionHref}/offer/sent");
                return;
            }
        }

        ExplainedStatus.Set(HttpContext!, _failure == LeadOfferStore.NotStored ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest);
    }

    private string? Error(string field) => _errors.GetValueOrDefault(field);

    private string? Invalid(string field) => _errors.ContainsKey(field) ? "true" : null;

    /// <summary>The form's fields as posted; whatever they hold is shown back unchanged.</summary>
    private sealed class OfferForm
    {
        public string? Name { get; set; } = "";

        public string? Email { get; set; } = "";

        public string? Note { get; set; } = "";
    }
}
