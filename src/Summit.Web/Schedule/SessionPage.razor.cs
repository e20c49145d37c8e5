using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using Summit.Core.Filtering;
using Summit.Core.Sharing;
using Summit.Core.Time;
using Summit.Data.Releases;
using Summit.Web.Published;

namespace Summit.Web.Schedule;

public partial class SessionPage
{
    private PublishedSchedule? _schedule;
    private ScheduledSession? _session;
    private CancelledSession? _removed;
    private EventClock? _clock;
    private string _scheduleHref = "/";
    private LatestChange? _latestChange;
    private bool _notPublished;
    private string _description = "";
    private string? _url;
    private string? _jsonLd;

    [Parameter]
    public string Slug { get; set; } = "";

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private PublicScheduleRequest Published { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var snapshot = HttpContext is null ? null : await Published.GetSnapshotAsync();
        _schedule = snapshot?.Schedule;
        if (snapshot is { IsPublished: false })
        {
            ShowNotPublished();
            return;
        }

        _session = snapshot?.Addresses.Find(Slug);
        if (_session is null)
        {
            ShowRemovedOrNotFound(snapshot);
            return;
        }

        _clock = snapshot!.Clock;
        _latestChange = snapshot.History.Latest(_session.Uid);
        DescribeForSharing(snapshot);
        _scheduleHref = Published.LinkRoot;
        // A large event opens on one day, which need not be the session's: go back to the day that shows its card.
        if (Published.OpensOnOneDay(snapshot))
        {
            _scheduleHref += FilterQuery.ToQueryString(ScheduleFilter.None with { Days = [_session.Day], AllDays = true });
        }
    }

    /// <summary>The page's description, permanent address and schema.org event, for search engines and link previews.</summary>
    private void DescribeForSharing(ScheduleSnapshot snapshot)
    {
        _description = SharingTexts.SessionDescription(_session!, snapshot.Clock);
        var url = new Uri(Published.SiteBase, "sessions/" + Uri.EscapeDataString(_session!.Slug));
        _url = url.AbsoluteUri;

        // Only a move in time reschedules an event; a new room or title does not.
        var movedFrom = _latestChange is { Change: { StartChanged: true, Was: { } was } } ? was : null;
        _jsonLd = EventJsonLd.Write(_session, snapshot.Schedule.Event, snapshot.Clock, Published.SiteBase, url, _description, movedFrom);
    }

    /// <summary>Before the first release no session is public: a 404 that says why rather than "not found".</summary>
    private void ShowNotPublished()
    {
        _notPublished = true;
        if (HttpContext is null)
        {
            return;
        }

        Infrastructure.ExplainedStatus.Set(HttpContext, StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// A removed session's address says so, with 410 Gone, and where a merged session went: a bookmark or shared link
    /// should not look like a mistyped address.
    /// </summary>
    private void ShowRemovedOrNotFound(ScheduleSnapshot? snapshot)
    {
        _removed = snapshot?.Cancellations.Find(Slug);
        if (_removed is null || HttpContext is null)
        {
            Navigation.NotFound();
            return;
        }

        HttpContext.Response.StatusCode = StatusCodes.Status410Gone;

        // This page explains the removal itself; the generic status page must not replace it.
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
    }
}
