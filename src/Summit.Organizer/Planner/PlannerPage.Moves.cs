using MudBlazor;
using Summit.Core.Planning;
using Summit.Organizer.Forms;
using Summit.Organizer.Layout;

namespace Summit.Organizer.Planner;

/// <summary>The planner's moves, whether dropped or chosen by keyboard: each saved at once, then the day redrawn.</summary>
public sealed partial class PlannerPage
{
    private PlannerUndo? _undo;
    private string? _announcement;
    private string? _refusal;
    private bool _busy;

    private Task OnDropAsync(PlannerDropEventArgs e) => DropAsync(e.ToDrop());

    /// <summary>A card was dropped on the board (see wwwroot/planner-drag.js).</summary>
    public async Task DropAsync(PlannerDrop drop)
    {
        ArgumentNullException.ThrowIfNull(drop);
        switch (drop.Intent)
        {
            case PlannerIntent.Move:
                await MoveAsync(drop.Session, drop.Room!.Value, drop.Slot!.Value);
                break;
            case PlannerIntent.Swap:
                await SwapAsync(drop.Session, drop.TargetSession!.Value);
                break;
            case PlannerIntent.Merge:
                await MergeAsync(drop.Session, drop.TargetSession!.Value);
                break;
            case PlannerIntent.Unschedule:
                await UnscheduleAsync(drop.Session);
                break;
            case PlannerIntent.None:
                break;
        }

        StateHasChanged();
    }

    private Task MoveSelectedAsync((int RoomId, int SlotId) cell) => MoveAsync(_selectedId!.Value, cell.RoomId, cell.SlotId);

    private Task SwapSelectedAsync(int other) => SwapAsync(_selectedId!.Value, other);

    private Task MergeSelectedAsync(int target) => MergeAsync(_selectedId!.Value, target);

    private Task UnscheduleSelectedAsync() => UnscheduleAsync(_selectedId!.Value);

    private Task MoveAsync(int id, int roomId, int slotId) =>
        WithCardsAsync([id], cards => (user, ct) => Desk.MoveAsync(cards[0].Ref, roomId, slotId, user, ct));

    private Task SwapAsync(int id, int other) =>
        WithCardsAsync([id, other], cards => (user, ct) => Desk.SwapAsync(cards[0].Ref, cards[1].Ref, user, ct));

    private Task MergeAsync(int id, int target) =>
        WithCardsAsync([id, target], cards => (user, ct) => Desk.MergeAsync(cards[0].Ref, cards[1].Ref, user, ct));

    private async Task UnscheduleAsync(int id)
    {
        if (Find(id) is not { IsScheduled: true } card)
        {
            return;
        }

        if (await IsPublicAsync(card))
        {
            var confirmed = await Dialogs.ShowMessageBoxAsync(
                "Take this session off the schedule?",
                $"“{card.Title}” is on the public schedule: attendees who starred it see it cancelled, and calendars drop it. It stays in the tray to place again.",
                yesText: "Unschedule",
                cancelText: "Keep it");
            if (confirmed != true)
            {
                return;
            }
        }

        await WithCardsAsync([id], cards => (user, ct) => Desk.UnscheduleAsync(cards[0].Ref, user, ct));
    }

    private async Task UndoAsync()
    {
        if (_undo is { } undo)
        {
            await ApplyAsync((user, ct) => Desk.UndoAsync(undo, user, ct), keepUndo: false);
        }
    }

    /// <summary>Public: in the schedule attendees see now (the latest release, or the working copy when saves publish at once).</summary>
    private async Task<bool> IsPublicAsync(PlannerCard card) =>
        (await Snapshots.GetAsync(CancellationToken.None))?.Schedule.FindSession(card.Slug) is not null;

    /// <summary>Runs a move on the cards as this organizer last saw them (their versions), or says they are gone.</summary>
    private async Task WithCardsAsync(int[] ids, Func<PlannerCard[], Func<string, CancellationToken, Task<PlannerOutcome>>> move)
    {
        var cards = ids.Select(Find).ToArray();
        if (cards.Any(c => c is null))
        {
            Show(PlannerOutcome.Refused("That session is no longer on this day: someone moved, merged or deleted it. The board shows the plan as it is now."));
            await LoadAsync();
            return;
        }

        await ApplyAsync(move(cards!), keepUndo: true);
    }

    private async Task ApplyAsync(Func<string, CancellationToken, Task<PlannerOutcome>> move, bool keepUndo)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var user = await CurrentOrganizer.NameAsync(AuthenticationState);
            PlannerOutcome outcome;
            try
            {
                outcome = await move(user, CancellationToken.None);
            }
            catch (Exception exception) when (SaveFailures.Describe(exception) is { } failure)
            {
                outcome = PlannerOutcome.Refused(failure);
            }

            Show(outcome, keepUndo);
            _missedChange = false;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }

        if (_missedChange)
        {
            // Someone else's change arrived while this move's redraw was reading: read once more.
            await ReloadAsync();
        }
    }

    private void Show(PlannerOutcome outcome, bool keepUndo = true)
    {
        if (outcome.Applied)
        {
            _announcement = outcome.Message;
            _refusal = null;
            // An undone move offers no undo of its own: "Undo" twice would be a redo, which nobody asked for.
            _undo = keepUndo ? outcome.Undo : null;
        }
        else
        {
            // The alert announces itself; the status keeps the last move's words and its undo, which still applies.
            _refusal = outcome.Message;
        }
    }
}
