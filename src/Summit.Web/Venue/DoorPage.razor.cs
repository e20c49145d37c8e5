using Microsoft.AspNetCore.Components;
using Summit.Core.Venue;
using Summit.Web.Infrastructure;

namespace Summit.Web.Venue;

/// <summary>
/// A door display (<c>/rooms/{slug}</c>): the room's session now and the next, in type large enough to read from a few
/// metres, and a QR code of the session's page; the screen beside the room reloads it every minute.
/// </summary>
public partial class DoorPage
{
    private RoomNow? _room;
    private ScheduledSession? _qrSession;

    [Parameter]
    public string Slug { get; set; } = "";

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    private string Title => _room is null ? "Door display · Summit" : $"{_room.Room.Name} · {Snapshot!.Schedule.Event.Name}";

    /// <summary>What the door says when nothing is on: when the next session is, or that nothing more is coming.</summary>
    private string Headline => _room!.Next is { } next
        ? "Next: " + VenueTexts.DayAndTime(next.Day, next.Start)
        : Venue!.Phase == EventPhase.Over ? "The summit is over" : "No more sessions in this room";

    protected override async Task OnInitializedAsync()
    {
        await base.OnInitializedAsync();
        if (Moment.Problem is not null)
        {
            return;
        }

        _room = Venue?.Rooms.FirstOrDefault(r => string.Equals(r.Room.Slug, Slug, StringComparison.OrdinalIgnoreCase));
        if (_room is null)
        {
            // A screen set up before an organizer renamed its room keeps working: the old address leads to the new one,
            // with the moment it names.
            if (Snapshot?.Index.CurrentRoom(Slug) is { } current && !string.Equals(current, Slug, StringComparison.OrdinalIgnoreCase))
            {
                Navigation.NavigateTo($"/rooms/{Uri.EscapeDataString(current)}{HttpContext.Request.QueryString}");
                return;
            }

            ExplainedStatus.Set(HttpContext, StatusCodes.Status404NotFound);
            return;
        }

        // The session a visitor at the door wants to read about: the one on, else the one coming.
        _qrSession = _room.Current ?? _room.Next;
    }

    private static string Leads(ScheduledSession session) =>
        string.Join(", ", session.Leads.Select(l => l.IsTentative ? $"{l.Name} (tentative)" : l.Name));
}
