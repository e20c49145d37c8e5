using Microsoft.AspNetCore.Components;
using Summit.Core.Agenda;
using Summit.Web.Published;

namespace Summit.Web.Agenda;

/// <summary>
/// The private link (<c>/agenda/{token}</c>): opens an agenda on another device. A GET never replaces an agenda that
/// holds sessions: the page shows both and the choice is a same-origin POST to <see cref="AgendaEndpoints.ChooseAsync"/>.
/// </summary>
public partial class PrivateLinkPage
{
    private PrivateLinkAction _action;
    private IReadOnlyList<ScheduledSession>? _linked;
    private Summit.Core.Time.EventClock? _clock;
    private IReadOnlyList<ScheduledSession> _held = [];
    private bool _canMerge;

    [Parameter]
    public string Token { get; set; } = "";

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private AgendaStore Store { get; set; } = default!;

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // The address is the agenda's secret: never kept by a cache, never sent on as the Referer of what this page loads
        // or links to.
        HttpContext.Response.Headers.CacheControl = "no-store";
        HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";

        var cancellationToken = HttpContext.RequestAborted;
        var linked = await Store.GetAsync(Token, cancellationToken);
        if (linked is null)
        {
            Navigation.NotFound();
            return;
        }

        var heldToken = AgendaCookie.Read(HttpContext.Request);
        var holdsThis = string.Equals(heldToken, Token, StringComparison.Ordinal);
        var held = holdsThis ? linked : await Store.GetAsync(heldToken, cancellationToken);
        var heldIds = held?.SessionIds ?? [];
        _action = PrivateLinkDecision.Decide(holdsThis, heldIds.Count, fromAnotherSite: !SameOriginCheck.IsSameOrigin(HttpContext.Request));
        if (_action is PrivateLinkAction.ShowAgenda or PrivateLinkAction.Adopt)
        {
            if (_action == PrivateLinkAction.Adopt)
            {
                AgendaCookie.Write(HttpContext.Response, Token);
            }

            Navigation.NavigateTo("/agenda");
            return;
        }

        // Both as their agenda pages show them, with sessions deleted since but still in the release.
        var snapshot = await Published.GetSnapshotAsync();
        var schedule = snapshot?.Schedule;
        _clock = snapshot?.Clock;
        _linked = schedule is null ? [] : StarredSessions.In(schedule, linked.StarredUids);
        _held = schedule is null || held is null ? [] : StarredSessions.In(schedule, held.StarredUids);
        _canMerge = linked.SessionIds.Union(heldIds).Count() <= Store.MaxSessions;
    }
}
