using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Summit.Core.Editing;
using Summit.Core.Releases;
using Summit.Data;
using Summit.Organizer.Forms;
using Summit.Organizer.Layout;

namespace Summit.Organizer.Sessions;

public sealed partial class SessionEditPage : IDisposable
{
    private readonly UnsavedEdits _edits = new();
    private IDisposable? _tracking;
    private SessionForm? _form;
    private EditOptions? _options;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private EditConflict? _conflict;
    private string? _failure;
    private IReadOnlyList<ScheduleWarning> _warnings = [];
    private IReadOnlyList<Choice> _others = [];
    private bool _saving;
    private bool _notFound;
    private bool _deleted;
    private string _savedTitle = "";
    private string _savedSlug = "";
    private bool _savedScheduled;
    private string _loadedForm = "";

    [Parameter]
    public int? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The form differs from what was loaded or last saved, counting a lead typed but not added yet.</summary>
    private bool IsDirty => _form is not null && !_notFound && !_deleted
        && (Snapshot(_form) != _loadedForm || !string.IsNullOrWhiteSpace(_form.PendingLead));

    protected override void OnInitialized() =>
        _tracking = _edits.Track(() => !IsDirty ? null : Id is null ? "the new session" : $"“{_savedTitle}”");

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override void OnAfterRender(bool firstRender) => _edits.Check();

    private async Task LoadAsync()
    {
        _options = await Editor.OptionsAsync(Id, CancellationToken.None);
        if (Id is { } id)
        {
            _form = await Editor.LoadAsync(id, CancellationToken.None);
            _notFound = _form is null;
            _savedTitle = _form?.Title ?? "";
            _savedSlug = _form?.Slug ?? "";
            _savedScheduled = _form?.RoomId is not null;
        }
        else
        {
            // The first room at its first free slot; an event without rooms yet starts its sessions unscheduled.
            var room = _options.Rooms.FirstOrDefault()?.Id;
            _form = new SessionForm { RoomId = room, TimeSlotId = room is { } r ? _options.Slots.FirstOrDefault(s => _options.IsFree(r, s.Id))?.Id : null };
        }

        _loadedForm = Snapshot(_form);
        await LoadContextAsync();
    }

    private async Task LoadContextAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var schedule = await new ScheduleReader(db).ReadAsync(CancellationToken.None);
        _warnings = schedule is null || _savedSlug.Length == 0 ? [] : [.. ScheduleWarnings.Find(schedule).Where(w => w.SessionSlugs.Contains(_savedSlug))];
        _others = schedule is null ? [] : [.. schedule.Sessions.Where(s => s.Id != Id).Select(s => new Choice(s.Id, s.Title))];
    }

    /// <summary>Read when saving, not when the page opened: the mode may have changed since, and the message must be true.</summary>
    private async Task<bool> WaitsForReleaseAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Conferences.AsNoTracking().AnyAsync(c => c.PublishMode == PublishMode.WhenReleased);
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var (wasScheduled, isScheduled) = (Id is not null && _savedScheduled, _form!.RoomId is not null);
            if (wasScheduled && !isScheduled && !await ConfirmUnscheduleAsync())
            {
                return;
            }

            // A name left in the lead box is meant as a lead: saving without it would drop it while saying "Saved."
            _form.AddPendingLead(_options!.People);
            var outcome = await Editor.SaveAsync(Id, _form.ToDraft(), _form.Version, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
            await ShowAsync(outcome, SavedMessage.For(await WaitsForReleaseAsync(), wasScheduled, isScheduled));
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ShowAsync(SaveOutcome outcome, string message)
    {
        _errors = outcome.Errors;
        _conflict = outcome.Conflict;
        _failure = outcome.Failure;
        if (!outcome.Succeeded)
        {
            return;
        }

        if (outcome.Unchanged)
        {
            // A second click on Save, or edits typed back to what is saved: nothing to write, nothing to reload.
            _loadedForm = Snapshot(_form);
            Snackbar.Add("Nothing to save: the session is as it was saved.", Severity.Info);
            return;
        }

        _loadedForm = Snapshot(_form);
        Snackbar.Add(message, Severity.Success);
        if (Id != outcome.SessionId)
        {
            Navigation.NavigateTo($"/organizer/sessions/{outcome.SessionId}");
            return;
        }

        var mine = _form;
        await LoadAsync();
        _form ??= mine;
    }

    /// <summary>Taking a session off the schedule takes it from attendees' agendas and calendars: asked first.</summary>
    private async Task<bool> ConfirmUnscheduleAsync() =>
        await Dialogs.ShowMessageBoxAsync(
            "Take this session off the schedule?",
            $"“{_savedTitle}” leaves the public schedule, and attendees’ calendars show it cancelled. Its stars are kept for when it gets a room and a time slot again.",
            yesText: "Unschedule",
            cancelText: "Keep it scheduled") == true;

    /// <summary>The organizer has seen the other change and keeps their own values: save them over the newer version.</summary>
    private async Task ReapplyAsync()
    {
        var latest = await Editor.LoadAsync(Id!.Value, CancellationToken.None);
        if (latest is null)
        {
            _notFound = true;
            return;
        }

        _form!.Version = latest.Version;
        _form.Revision = latest.Revision;
        await SaveAsync();
    }

    private async Task DiscardAsync()
    {
        _conflict = null;
        _failure = null;
        _errors = new Dictionary<string, string[]>();
        await LoadAsync();
    }

    private static string Snapshot(SessionForm? form) => JsonSerializer.Serialize(form);

    /// <summary>Cancel, merge and split-out act on the saved session: unsaved edits would be lost or misapplied.</summary>
    private bool HasUnsavedChanges()
    {
        if (!IsDirty)
        {
            return false;
        }

        Snackbar.Add("Save or discard your changes first.", Severity.Warning);
        return true;
    }

    private async Task CancelAsync()
    {
        if (HasUnsavedChanges())
        {
            return;
        }

        // An unscheduled session is on no schedule to stay on: say only what cancelling does to it.
        var stays = _savedScheduled ? "stays on the schedule and in calendars, marked cancelled" : "is marked cancelled; it stays unscheduled, so attendees do not see it";
        var confirmed = await Dialogs.ShowMessageBoxAsync("Cancel this session?", $"“{_savedTitle}” {stays}.", yesText: "Cancel session", cancelText: "Keep it");
        if (confirmed != true)
        {
            return;
        }

        var outcome = await Editor.CancelAsync(Id!.Value, _form!.Version, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
        await ShowAsync(outcome, _savedScheduled ? "Cancelled. It stays on the schedule and in calendars, marked cancelled." : "Cancelled. It stays unscheduled, out of attendees' sight.");
    }

    private async Task DeleteAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete this session?", $"“{_savedTitle}” disappears from the schedule and from every agenda. Cancelling keeps it visible as cancelled instead.", yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true)
        {
            return;
        }

        var outcome = await Editor.DeleteAsync(Id!.Value, _form!.Version, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
        _errors = outcome.Errors;
        _conflict = outcome.Conflict;
        _failure = outcome.Failure;
        if (outcome.Succeeded)
        {
            // Its edits went with it: nothing is left to ask about on the way out.
            _deleted = true;
            Snackbar.Add($"Deleted “{_savedTitle}”.", Severity.Success);
            Navigation.NavigateTo("/organizer/sessions");
        }
    }

    private async Task MergeAsync(int targetId)
    {
        if (HasUnsavedChanges())
        {
            return;
        }

        var outcome = await Editor.MergeAsync(Id!.Value, targetId, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
        _errors = outcome.Errors;
        _failure = outcome.Failure;
        if (outcome.Succeeded)
        {
            Snackbar.Add($"Merged “{_savedTitle}” into it as a subject; its slot is free.", Severity.Success);
            Navigation.NavigateTo($"/organizer/sessions/{targetId}");
        }
    }

    private async Task SplitOutAsync(int subjectIndex)
    {
        if (HasUnsavedChanges())
        {
            return;
        }

        var parameters = new DialogParameters<SplitOutDialog> { { d => d.Options, _options }, { d => d.Subject, _form!.Subjects[subjectIndex].Title } };
        var dialog = await Dialogs.ShowAsync<SplitOutDialog>("Move a subject into its own session", parameters);
        var result = await dialog.Result;
        if (result is null || result.Canceled || result.Data is not (int roomId, int slotId))
        {
            return;
        }

        var outcome = await Editor.SplitOutAsync(Id!.Value, subjectIndex, roomId, slotId, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
        _errors = outcome.Errors;
        _failure = outcome.Failure;
        if (outcome.Succeeded)
        {
            Snackbar.Add("The subject is now a session of its own.", Severity.Success);
            await LoadAsync();
        }
    }

    public void Dispose() => _tracking?.Dispose();
}
