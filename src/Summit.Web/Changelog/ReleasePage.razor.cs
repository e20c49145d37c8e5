using System.Globalization;
using Microsoft.AspNetCore.Components;
using Summit.Core.Time;
using Summit.Data.Releases;
using Summit.Web.Infrastructure;
using Summit.Web.Published;

namespace Summit.Web.Changelog;

/// <summary>
/// One release's schedule (<c>/releases/{version}</c>), read-only: a list by day, for whoever wants to see what the
/// schedule said then. <c>?day=2012-10-16</c> shows one day. Cached by the published snapshot's version like the other
/// public pages, as its notice counts the releases made since.
/// </summary>
public partial class ReleasePage
{
    private ReleasedSchedule? _release;
    private IReadOnlyList<IGrouping<DateOnly, ScheduledSession>> _days = [];
    private EventClock? _clock;
    private int _latest;
    private MarkupString _when;
    private Problem? _problem;

    [Parameter]
    public string Version { get; set; } = "";

    [SupplyParameterFromQuery(Name = "day")]
    public string? Day { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    [Inject]
    private ReleaseStore Releases { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (!int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            Fail(StatusCodes.Status400BadRequest, new Problem("Not a release number", $"“{Version}” is not a release number: release addresses end in 1, 2, 3…"));
            return;
        }

        var snapshot = await Published.GetSnapshotAsync();
        _release = snapshot is { IsPublished: true } ? await Releases.GetAsync(version, HttpContext?.RequestAborted ?? CancellationToken.None) : null;
        if (_release is null || snapshot is null)
        {
            Fail(StatusCodes.Status404NotFound, new Problem("No such release", $"There is no release {version} of this schedule."));
            return;
        }

        _clock = new EventClock(_release.Schedule.Event.TimeZoneId);
        _latest = snapshot.Release?.Version ?? version;
        _when = ChangelogEntries.WhenMarkup(snapshot.Clock, _release.Info.ReleasedUtc);
        var day = DateOnly.TryParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var one) ? one : (DateOnly?)null;
        _days = [.. _release.Schedule.Sessions.Where(s => day is null || s.Day == day).GroupBy(s => s.Day)];
    }

    /// <summary>A clear page with the right status, not the generic one.</summary>
    private void Fail(int status, Problem problem)
    {
        _problem = problem;
        if (HttpContext is null)
        {
            return;
        }

        ExplainedStatus.Set(HttpContext, status);
    }

    private sealed record Problem(string Title, string Explanation);
}
