using Microsoft.AspNetCore.Components;
using Summit.Core.Planning;

namespace Summit.Organizer.Planner;

public sealed partial class PlannerBoard
{
    private static readonly IReadOnlyList<PlanConflictKind> None = [];

    private PlannerDay? _indexed;
    private Dictionary<(int Room, int Slot), PlannerCard> _cells = [];

    [Parameter, EditorRequired]
    public PlannerDay Day { get; set; } = default!;

    [Parameter]
    public int? SelectedId { get; set; }

    /// <summary>The kinds of conflict marking each session, by session id.</summary>
    [Parameter]
    public IReadOnlyDictionary<int, IReadOnlyList<PlanConflictKind>> Conflicts { get; set; } = new Dictionary<int, IReadOnlyList<PlanConflictKind>>();

    [Parameter]
    public EventCallback<int> OnSelect { get; set; }

    // A lookup per cell instead of PlannerDay.At's scan: a 25-room day has 500 cells to fill.
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_indexed, Day))
        {
            return;
        }

        _indexed = Day;
        _cells = [];
        foreach (var card in Day.Placed)
        {
            if (card is { RoomId: { } room, SlotId: { } slot })
            {
                _cells.TryAdd((room, slot), card);
            }
        }
    }

    private IReadOnlyList<PlanConflictKind> ConflictsOf(int id) => Conflicts.TryGetValue(id, out var kinds) ? kinds : None;
}
