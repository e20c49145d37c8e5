using Microsoft.AspNetCore.Components;
using Summit.Core.Agenda;
using Summit.Core.Content;
using Summit.Core.Time;
using Summit.Data.Releases;
using Summit.Web.Published;

namespace Summit.Web.Agenda;

/// <summary>The visitor's own agenda (<c>/agenda</c>): their sessions by day, clashes, calendar links and the private link.</summary>
public partial class AgendaPage
{
    private IReadOnlyList<ScheduledSession> _sessions = [];
    private IReadOnlyList<DayGroup> _days = [];
    private IReadOnlyDictionary<int, IReadOnlyList<ScheduledSession>> _clashes = new Dictionary<int, IReadOnlyList<ScheduledSession>>();
    private EventClock? _clock;
    private SessionTexts? _texts;
    private string? _token;
    private AgendaMarks _marks = AgendaMarks.None;
    private int? _release;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "full")]
    private bool Full { get; set; }

    [SupplyParameterFromQuery(Name = "reset")]
    private bool Reset { get; set; }

    [SupplyParameterFromQuery(Name = "switched")]
    private bool Switched { get; set; }

    [SupplyParameterFromQuery(Name = "merged")]
    private bool Merged { get; set; }

    [SupplyParameterFromQuery(Name = "kept")]
    private bool Kept { get; set; }

    [Inject]
    private AgendaStore Store { get; set; } = default!;

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    [Inject]
    private ReleaseStore Releases { get; set; } = default!;

    private string FeedPath => $"/agenda/{_token}/calendar.ics";

    private string ChangesPath => $"/agenda/{_token}/changes.atom";

    private string FeedUrl => $"{Site}agenda/{_token}/calendar.ics";

    private string WebcalUrl => "webcal://" + FeedUrl[(FeedUrl.IndexOf("://", StringComparison.Ordinal) + 3)..];

    private string GoogleUrl => "https://calendar.google.com/calendar/render?cid=" + Uri.EscapeDataString(FeedUrl);

    private string PrivateLink => $"{Site}agenda/{_token}";

    private string Site => Published.SiteBase.AbsoluteUri;

    protected override async Task OnInitializedAsync()
    {
        // Personal: never stored by a shared cache, never shown from history after a reset.
        HttpContext.Response.Headers.CacheControl = "no-store";
        // It shows the private link and feed address: nothing it links to learns where it came from.
        HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";

        var token = AgendaCookie.Read(HttpContext.Request);
        var cancellationToken = HttpContext.RequestAborted;
        var agenda = await Store.GetAsync(token, cancellationToken);
        var snapshot = agenda is null ? null : await Published.GetSnapshotAsync();
        var schedule = snapshot?.Schedule;
        if (agenda is null || schedule is null)
        {
            return;
        }

        _token = token;
        _sessions = StarredSessions.In(schedule, agenda.StarredUids);
        _days = ScheduleGrouping.ByDayAndSlot(_sessions);
        _clashes = AgendaClashes.Find(_sessions);
        _clock = snapshot!.Clock;
        _texts = snapshot.Texts;
        _release = snapshot.Release?.Version;
        _marks = await MarksAsync(agenda, snapshot, cancellationToken);
    }

    /// <summary>The changes to starred sessions since the release the owner last looked at (this page is theirs alone).</summary>
    private async Task<AgendaMarks> MarksAsync(StoredAgenda agenda, ScheduleSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (_release is not { } latest)
        {
            return AgendaMarks.None;
        }

        if (agenda.SeenRelease is not { } seen)
        {
            // An agenda from before releases: nothing is known about what its owner saw, so this look is the first.
            await Store.FirstLookAsync(agenda.Id, latest, cancellationToken);
            return AgendaMarks.None;
        }

        if (seen >= latest)
        {
            return AgendaMarks.None;
        }

        var before = await Releases.GetAsync(seen, cancellationToken);
        return AgendaMarks.Since(before?.Schedule, snapshot.Schedule, agenda.StarredUids);
    }
}
