using Microsoft.AspNetCore.Components;
using Summit.Core.Time;
using Summit.Web.Published;

namespace Summit.Web.Changelog;

/// <summary>The public changelog (<c>/changelog</c>): every release of the schedule, newest first, with its changes.</summary>
public partial class ChangelogPage
{
    private IReadOnlyList<ChangelogRelease> _releases = [];
    private string? _eventName;
    private EventClock? _clock;

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    private string Title => _eventName is null ? "Schedule changes · Summit" : $"Schedule changes · {_eventName}";

    protected override async Task OnInitializedAsync()
    {
        if (await Published.GetSnapshotAsync() is not { } snapshot)
        {
            return;
        }

        _eventName = snapshot.Schedule.Event.Name;
        _clock = snapshot.Clock;
        _releases = ChangelogEntries.From(snapshot);
    }
}
