using Microsoft.AspNetCore.Components;
using Summit.Core.Time;
using Summit.Core.Venue;
using Summit.Web.Infrastructure;
using Summit.Web.Published;

namespace Summit.Web.Venue;

/// <summary>
/// What the venue pages (<c>/now</c> and the door displays) share: the moment shown, the venue at that moment from the
/// published snapshot, and how they say times.
/// </summary>
public abstract class VenuePage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected PublicScheduleRequest Published { get; set; } = default!;

    protected ShownMoment Moment { get; private set; } = new(DateTimeOffset.MinValue, false, null);

    protected ScheduleSnapshot? Snapshot { get; private set; }

    protected EventClock Clock => Snapshot!.Clock;

    /// <summary>The venue at the moment shown, or null before anything is published or when the moment is unreadable.</summary>
    protected VenueNow? Venue { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Moment = ShownMoment.Of(HttpContext, Published);
        if (Moment.Problem is not null)
        {
            ExplainedStatus.Set(HttpContext, StatusCodes.Status400BadRequest);
            return;
        }

        Snapshot = await Published.GetSnapshotAsync();
        if (Snapshot is { IsPublished: true })
        {
            Venue = NowAndNext.At(Snapshot.Schedule, Snapshot.Clock, Moment.At);
        }
    }

    /// <summary>"Tuesday 16 October, 11:05am PDT".</summary>
    protected string MomentText
    {
        get
        {
            var (day, time) = Clock.At(Moment.At.UtcDateTime);
            return $"{VenueTexts.DayAndTime(day, time)} {Clock.Abbreviation(day, time)}";
        }
    }

    /// <summary>"11:05am", the time at the venue.</summary>
    protected string ClockText => EventClock.FormatTime(Clock.At(Moment.At.UtcDateTime).Time);

    protected string StartsIn(ScheduledSession session) => VenueTexts.StartsIn(session, Clock, Moment.At);

    protected static string Until(ScheduledSession session) => "until " + EventClock.FormatTime(session.End);

    protected static string SessionPath(ScheduledSession session) => "/sessions/" + Uri.EscapeDataString(session.Slug);

    /// <summary>A session page's absolute address, for a code scanned by a phone.</summary>
    protected string SessionUrl(ScheduledSession session) => new Uri(Published.SiteBase, "sessions/" + Uri.EscapeDataString(session.Slug)).AbsoluteUri;

    protected static bool IsSplit(ScheduledSession session) => session.Kind == SessionKind.Split && session.Subjects.Count > 0;
}
