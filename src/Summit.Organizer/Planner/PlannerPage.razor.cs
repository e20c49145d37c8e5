using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Summit.Core.Planning;
using Summit.Data;

namespace Summit.Organizer.Planner;

/// <summary>
/// One day of the plan: loads it from <see cref="PlannerDesk"/>, hands drops and keyboard moves to the desk, shows its
/// answer, and redraws whenever anyone changes the schedule (<see cref="ScheduleChangeSignal.Changed"/>).
/// </summary>
public sealed partial class PlannerPage : IDisposable
{
    private PlannerDay? _day;
    private bool _loaded;
    private IReadOnlyDictionary<int, IReadOnlyList<PlanConflictKind>> _conflicts = new Dictionary<int, IReadOnlyList<PlanConflictKind>>();
    private int? _selectedId;
    private bool _reloading;
    private bool _reloadAgain;
    private bool _disposed;
    private bool _missedChange;

    /// <summary>The day to plan, as <c>?day=2012-10-16</c>; the event's first day when missing or unknown.</summary>
    [SupplyParameterFromQuery(Name = "day")]
    public string? DayParameter { get; set; }

    [Inject]
    private PlannerDesk Desk { get; set; } = default!;

    [Inject]
    private ScheduleChangeSignal Signal { get; set; } = default!;

    [Inject]
    private ScheduleSnapshots Snapshots { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private PlannerCard? Selected => _selectedId is { } id ? Find(id) : null;

    private DateOnly? RequestedDay =>
        DateOnly.TryParseExact(DayParameter, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    // Only the circuit's page listens: the prerendered one lives for a single request.
    protected override void OnInitialized()
    {
        if (RendererInfo.IsInteractive)
        {
            Signal.Changed += OnScheduleChanged;
        }
    }

    // Prerendering shows the page's frame only: the circuit that follows replaces the prerendered board anyway, so
    // reading and writing five hundred cards twice would only delay the board an organizer can use.
    protected override async Task OnParametersSetAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _day = await Desk.LoadDayAsync(RequestedDay, CancellationToken.None);
        _loaded = true;
        _conflicts = _day is null
            ? new Dictionary<int, IReadOnlyList<PlanConflictKind>>()
            : _day.Conflicts
                .SelectMany(c => c.SessionIds.Select(id => (Id: id, c.Kind)))
                .GroupBy(c => c.Id)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<PlanConflictKind>)[.. g.Select(c => c.Kind).Distinct()]);
        if (_selectedId is { } id && Find(id) is null)
        {
            // Moved to another day, merged away or deleted: nothing is selected any more.
            _selectedId = null;
        }
    }

    private PlannerCard? Find(int id) => _day?.Card(id);

    private void Select(int id) => _selectedId = _selectedId == id ? null : id;

    private void Deselect() => _selectedId = null;

    // Raised on the thread of whoever saved (another organizer's circuit, a background listener): the reload is posted
    // to this circuit's dispatcher, and changes arriving while one runs are folded into one more reload.
    private void OnScheduleChanged()
    {
        if (!_disposed)
        {
            _ = InvokeAsync(ReloadAsync);
        }
    }

    private async Task ReloadAsync()
    {
        if (_busy)
        {
            // This circuit's own move is saving (its saves raise the signal too) and redraws once it is done; reading
            // the day meanwhile would only compete with the save for the database.
            _missedChange = true;
            return;
        }

        if (_reloading)
        {
            _reloadAgain = true;
            return;
        }

        _reloading = true;
        try
        {
            do
            {
                _reloadAgain = false;
                await LoadAsync();
                StateHasChanged();
            }
            while (_reloadAgain && !_disposed);
        }
        catch (ObjectDisposedException)
        {
            // The page closed while reloading.
        }
        finally
        {
            _reloading = false;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        Signal.Changed -= OnScheduleChanged;
    }
}
