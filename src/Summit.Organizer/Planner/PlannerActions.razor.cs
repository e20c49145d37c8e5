using Microsoft.AspNetCore.Components;
using Summit.Core.Planning;

namespace Summit.Organizer.Planner;

public sealed partial class PlannerActions
{
    private ElementReference _heading;
    private int? _focusedFor;
    private int? _choicesFor;
    private string? _moveTo;
    private int? _swapWith;
    private int? _mergeInto;

    [Parameter, EditorRequired]
    public PlannerDay Day { get; set; } = default!;

    [Parameter, EditorRequired]
    public PlannerCard Card { get; set; } = default!;

    /// <summary>A move is being saved: the buttons wait for it.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<(int RoomId, int SlotId)> OnMove { get; set; }

    [Parameter]
    public EventCallback<int> OnSwap { get; set; }

    [Parameter]
    public EventCallback<int> OnMerge { get; set; }

    [Parameter]
    public EventCallback OnUnschedule { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    private IReadOnlyList<(PlannerRoom Room, PlannerSlot Slot)> FreeCells { get; set; } = [];

    private IReadOnlyList<PlannerCard> Others { get; set; } = [];

    protected override void OnParametersSet()
    {
        var taken = Day.Placed.Select(c => (c.RoomId, c.SlotId)).ToHashSet();
        FreeCells = [.. Day.Slots.SelectMany(s => Day.Rooms.Select(r => (Room: r, Slot: s))).Where(c => !taken.Contains((c.Room.Id, c.Slot.Id)))];
        Others = [.. Day.Placed.Concat(Day.Tray).Where(c => c.Id != Card.Id)];
        if (_choicesFor != Card.Id)
        {
            // Choices made for another card would apply to the wrong one.
            _choicesFor = Card.Id;
            _moveTo = null;
            _swapWith = null;
            _mergeInto = null;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusedFor != Card.Id)
        {
            _focusedFor = Card.Id;
            await _heading.FocusAsync();
        }
    }

    // The button just pressed turns disabled once its choice is cleared, and a disabled button drops the focus: it
    // goes back to the panel's heading, from where the next action is one Tab away.
    private void KeepFocus() => _focusedFor = null;

    private async Task MoveAsync()
    {
        if (_moveTo?.Split(':') is [var room, var slot] && int.TryParse(room, out var roomId) && int.TryParse(slot, out var slotId))
        {
            _moveTo = null;
            KeepFocus();
            await OnMove.InvokeAsync((roomId, slotId));
        }
    }

    private async Task SwapAsync()
    {
        if (_swapWith is { } other)
        {
            _swapWith = null;
            KeepFocus();
            await OnSwap.InvokeAsync(other);
        }
    }

    private async Task MergeAsync()
    {
        if (_mergeInto is { } target)
        {
            _mergeInto = null;
            await OnMerge.InvokeAsync(target);
        }
    }
}
