using Microsoft.AspNetCore.Components;

namespace Summit.Organizer.Planner;

/// <summary>What wwwroot/planner-drag.js reports of a finished drop, as the <c>plannerdrop</c> event's arguments.</summary>
public sealed class PlannerDropEventArgs : EventArgs
{
    public int Session { get; set; }

    public string Target { get; set; } = "";

    public int? TargetSession { get; set; }

    public int? Room { get; set; }

    public int? Slot { get; set; }

    public bool Modifier { get; set; }

    public PlannerDrop ToDrop() => new(Session, Target, TargetSession, Room, Slot, Modifier);
}

/// <summary>
/// Lets a component write <c>@onplannerdrop</c>; the browser side registers the event type by the same name. Razor
/// finds such declarations only on a class named exactly <c>EventHandlers</c>, in a namespace the component imports.
/// </summary>
[EventHandler("onplannerdrop", typeof(PlannerDropEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}
