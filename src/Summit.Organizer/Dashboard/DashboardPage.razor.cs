using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Interest;
using Summit.Data;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Dashboard;

public sealed partial class DashboardPage
{
    private PublishedSchedule? _schedule;
    private IReadOnlyList<ScheduleWarning> _warnings = [];
    private List<ScheduleChange> _changes = [];
    private string? _unreleased;
    private int _unscheduled;
    private IReadOnlyList<SessionInterest> _mostStarred = [];
    private IReadOnlyList<SessionInterest> _overCapacity = [];

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>Reads everything the dashboard shows; again after an accepted offer changed a session.</summary>
    private async Task LoadAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        _schedule = await new ScheduleReader(db).ReadAsync(CancellationToken.None);
        _warnings = _schedule is null ? [] : ScheduleWarnings.Find(_schedule);
        _changes = await db.Changes.AsNoTracking().OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id).Take(15).ToListAsync();
        _unreleased = await Releases.UnreleasedAsync(CancellationToken.None);

        // The public schedule leaves unscheduled sessions out; interest and the count cover every session.
        var sessions = await SessionRows.ReadAsync(db, CancellationToken.None);
        _unscheduled = sessions.Count(s => !s.IsScheduled);
        var interest = sessions.Select(s => s.Interest).ToList();
        _mostStarred = InterestReport.MostStarred(interest);
        _overCapacity = InterestReport.OverCapacity(interest);
    }

    private static string Noun(int count, string one, string many) => count == 1 ? one : many;
}
