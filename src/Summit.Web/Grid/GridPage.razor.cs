using Microsoft.AspNetCore.Components;
using Summit.Core.Filtering;
using Summit.Core.Grid;
using Summit.Core.Time;
using Summit.Web.Published;

namespace Summit.Web.Grid;

/// <summary>
/// The schedule as a room × time grid (<c>/grid</c>): the same address, filter, opening day and validators as the list
/// (<see cref="SchedulePageView"/> decides what both show), laid out by <see cref="GridLayout"/>.
/// </summary>
public partial class GridPage
{
    private PublishedSchedule? _schedule;
    private SchedulePageView? _view;
    private IReadOnlyList<GridDay>? _days;
    private EventClock? _clock;
    private bool _published;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    private string ClearHref => (LinkRoot ?? "/") + "grid" + FilterQuery.ToQueryString(ScheduleFilter.None with { AllDays = _view!.OpensOnOneDay });

    // Null on the public page, whose session links stay relative as they always were.
    private string? LinkRoot => Published.IsPreview ? Published.LinkRoot : null;

    private string Title => _schedule is null ? "Schedule grid · Summit" : $"{_schedule.Event.Name} schedule grid · Summit";

    private string Description => _schedule is null
        ? "The conference's session schedule as a grid."
        : Summit.Core.Sharing.SharingTexts.ScheduleDescription(_schedule, "grid");

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
        _view = Published.Show(snapshot, FilterQuery.Parse(name => HttpContext.Request.Query[name], snapshot.Index));
        _days = GridLayout.ByDay(_schedule.Rooms, _view.Result.Sessions);
    }
}
