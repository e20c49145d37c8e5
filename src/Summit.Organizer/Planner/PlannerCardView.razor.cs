using Microsoft.AspNetCore.Components;
using Summit.Core.Planning;

namespace Summit.Organizer.Planner;

public sealed partial class PlannerCardView
{
    private (PlannerCard, bool, int?, IReadOnlyList<PlanConflictKind>)? _rendered;
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

    // The board passes the same card, list and flags again whenever anything on the page changes (a selection, a
    // message); a reload brings new ones. Comparing them keeps a selection from redrawing five hundred cards.
    protected override void OnParametersSet()
    {
        var now = (Card, Selected, Capacity, Conflicts);
        _changed = _rendered is not { } before || before.Item1 != now.Card || before.Item2 != now.Selected
            || before.Item3 != now.Capacity || !ReferenceEquals(before.Item4, now.Conflicts);
        _rendered = now;
    }

    protected override bool ShouldRender() => _changed;

    private Task SelectAsync() => OnSelect.InvokeAsync(Card.Id);
}
