using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Summit.Core.Releases;
using Summit.Core.Time;
using Summit.Organizer.Layout;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.EventSettings;

/// <summary>Loads the event's settings, hands saves to <see cref="EventSettingsEditor"/> and shows what it answers.</summary>
public partial class EventSettingsPage
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private EventSettingsForm? _form;
    private IReadOnlyDictionary<string, string[]> _errors = NoErrors;
    private EditConflict? _conflict;
    private string? _failure;
    private bool _saving;
    private bool _notFound;

    [Inject]
    private EventSettingsEditor Editor { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private static readonly PublishMode[] PublishModes = [PublishMode.Immediately, PublishMode.WhenReleased];

    private string? ZoneEffect => _form is null ? null : ZoneChangeEffect.Describe(_form.SavedTimeZoneId, _form.TimeZoneId.Trim(), _form.FirstSlot);

    /// <summary>"October 15–18, 2012 (4 days)", or why there are none.</summary>
    private string Dates => _form is { FirstDay: { } first, LastDay: { } last }
        ? $"{EventDates.FormatRange(first, last)} ({(_form.DayCount == 1 ? "1 day" : $"{_form.DayCount.ToString(CultureInfo.InvariantCulture)} days")})"
        : "No days yet: the banner shows the venue without dates.";

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _form = await Editor.LoadAsync(CancellationToken.None);
        _notFound = _form is null;
    }

    private void ZoneChanged(string? zone)
    {
        _form!.TimeZoneId = zone ?? "";
        _form.ConfirmZoneChange = false;
    }

    private Task<IEnumerable<string>> SearchZonesAsync(string? text, CancellationToken cancellationToken)
    {
        var words = (text ?? "").Trim().Replace(' ', '_');
        IEnumerable<string> zones = words.Length == 0 || string.Equals(words, _form?.TimeZoneId, StringComparison.Ordinal)
            ? EventClock.ZoneIds
            : EventClock.ZoneIds.Where(z => z.Contains(words, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(zones);
    }

    private async Task SaveAsync()
    {
        _saving = true;
        SaveOutcome outcome;
        try
        {
            var user = await CurrentOrganizer.NameAsync(AuthenticationState);
            outcome = await Editor.SaveAsync(_form!.ToDraft(), _form.Version, _form.ConfirmZoneChange, user, CancellationToken.None);
        }
        finally
        {
            _saving = false;
        }

        _errors = outcome.Errors;
        _conflict = outcome.Conflict;
        _failure = outcome.Failure;
        if (!outcome.Succeeded)
        {
            return;
        }

        if (outcome.Unchanged)
        {
            Snackbar.Add("Nothing to save: the settings are as they were saved.", Severity.Info);
            return;
        }

        Snackbar.Add(SavedMessage(_form), Severity.Success);
        await LoadAsync();
    }

    private static string SavedMessage(EventSettingsForm saved) => saved switch
    {
        { PublishMode: PublishMode.WhenReleased } => saved.SavedPublishMode == PublishMode.WhenReleased
            ? "Saved to the working copy. Attendees see it once it is released on the Releases page."
            : "Saved. From now on, changes reach attendees when an organizer releases them on the Releases page.",
        { ZoneChanged: true } => "Saved. Every session is now read in the new time zone; calendars move them on their next refresh.",
        _ => "Saved. The public schedule and calendars show it now.",
    };

    /// <summary>The organizer has seen the other change and keeps their own values: save them over the newer version.</summary>
    private async Task ReapplyAsync()
    {
        var latest = await Editor.LoadAsync(CancellationToken.None);
        if (latest is null)
        {
            _notFound = true;
            return;
        }

        _form!.Version = latest.Version;
        await SaveAsync();
    }

    private async Task DiscardAsync()
    {
        _conflict = null;
        _failure = null;
        _errors = NoErrors;
        await LoadAsync();
    }
}
