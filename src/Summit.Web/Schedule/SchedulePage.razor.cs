using Microsoft.AspNetCore.Components;
using Summit.Core.Content;
using Summit.Core.Filtering;
using Summit.Core.Time;
using Summit.Web.Published;

namespace Summit.Web.Schedule;

/// <summary>The schedule (<c>/</c>): renders what <see cref="SchedulePageView"/> decides for the address and the day.</summary>
public partial class SchedulePage
{
    private PublishedSchedule? _schedule;
    private SchedulePageView? _view;
    private EventClock? _clock;
    private SessionTexts? _texts;
    private bool _published;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    private string CalendarPath => "/calendar.ics" + FilterQuery.ToQueryString(_view!.FeedFilter);

    private string WebcalUrl => $"webcal://{Published.SiteBase.Authority}{Published.SiteBase.AbsolutePath.TrimEnd('/')}{CalendarPath}";

    private string CalendarLabel => _view!.OnOpeningDay
        ? $"Add the whole schedule ({_view.FeedCount} sessions) to my calendar"
        : $"Add {(_view.FeedCount == 1 ? "this session" : $"these {_view.FeedCount} sessions")} to my calendar";

    private string ClearHref => (LinkRoot ?? "/") + FilterQuery.ToQueryString(ScheduleFilter.None with { AllDays = _view!.OpensOnOneDay });

    // Null on the public page, whose session links stay relative as they always were.
    private string? LinkRoot => Published.IsPreview ? Published.LinkRoot : null;

    private string Title => _schedule is null ? "Schedule · Summit" : $"{_schedule.Event.Name} schedule · Summit";

    private string Description => _schedule is null
        ? "The conference's session schedule."
        : Summit.Core.Sharing.SharingTexts.ScheduleDescription(_schedule);

    protected override async Task OnInitializedAsync()
    {
        var snapshot = await Published.GetSnapshotAsync();
        if (snapshot is null)
        {
            return;
        }

        _schedule = snapshot.Schedule;
        _published = snapshot.IsPublished;
        _clock = snapshot.Clock;
        _texts = snapshot.Texts;
        _view = Published.Show(snapshot, FilterQuery.Parse(name => HttpContext.Request.Query[name], snapshot.Index));
    }
}
