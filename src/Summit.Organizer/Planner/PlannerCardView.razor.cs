using Microsoft.AspNetCore.Components;
using Summit.Core.Planning;

namespace Summit.Organizer.Planner;

public sealed partial class PlannerCardView
{
    private (Guid, int, int?, int?, NamedRef?, bool, int?, string)? _rendered;
    private bool _changed = true;

    [Parameter, EditorRequired]
    public PlannerCard Card { get; set; } = default!;

    /// <summary>The capacity of the room the card is in; null in the tray or where the room's size is unknown.</summary>
    [Parameter]
    public int? Capacity { get; set; }

    [Parameter]
    public bool Selected { get; set; }

    [Parameter]
    public IReadOnlyList<PlanConflictKind> Conflicts { get; set; } = [];

    [Parameter]
    public EventCallback<int> OnSelect { get; set; }

    private string Classname =>
        "planner-card"
        + (Selected ? " planner-card-selected" : "")
        + (Conflicts.Count > 0 ? " planner-card-conflicted" : "")
        + (Capacity is { } holds && Card.Stars > holds ? " planner-card-over" : "");

    // The board passes every card again whenever anything on the page changes, and a reload brings new records for
    // unchanged sessions. Any save renews a session's version, so the version with what changes without a save (its
    // stars, place, track's name, room, conflicts, selection) says whether this card looks different: after a move
    // only the cards that moved are drawn again, not five hundred.
    protected override void OnParametersSet()
    {
        var now = (Card.Version, Card.Stars, Card.RoomId, Card.SlotId, Card.Track, Selected, Capacity, string.Join(',', Conflicts));
        _changed = _rendered != now;
        _rendered = now;
    }

    protected override bool ShouldRender() => _changed;

    private Task SelectAsync() => OnSelect.InvokeAsync(Card.Id);
}
