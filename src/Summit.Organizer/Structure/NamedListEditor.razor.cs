using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Summit.Core.Interest;
using Summit.Organizer.Forms;
using Summit.Organizer.Layout;

namespace Summit.Organizer.Structure;

public sealed partial class NamedListEditor : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private NamedForm _edit = new();
    private int? _editingId;
    private IReadOnlyDictionary<string, string[]> _editErrors = NoErrors;
    private string? _refusal;

    [Parameter, EditorRequired]
    public NamedKind Kind { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<NamedRow> Items { get; set; } = [];

    /// <summary>Something was saved: the page reads the lists again.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter]
    private UnsavedEdits? Edits { get; set; }

    private IDisposable? _tracking;

    protected override void OnInitialized() => _tracking = Edits?.Track(PendingEdit);

    protected override void OnAfterRender(bool firstRender) => Edits?.Check();

    public void Dispose() => _tracking?.Dispose();

    /// <summary>The one being renamed, when its fields differ from what is saved.</summary>
    private string? PendingEdit() =>
        _editingId is { } id && Items.FirstOrDefault(i => i.Id == id) is { } item
        && (!string.Equals(_edit.Name, item.Name, StringComparison.Ordinal) || !string.Equals(_edit.Slug, item.Slug, StringComparison.Ordinal)
            || !string.Equals(_edit.Capacity.Trim(), RoomCapacity.Text(item.Capacity), StringComparison.Ordinal))
            ? $"the {Noun} “{item.Name}”"
            : null;

    private bool IsRooms => Kind == NamedKind.Room;

    private string Heading => Kind == NamedKind.Room ? "Rooms" : "Tracks";

    private string Noun => Kind == NamedKind.Room ? "room" : "track";

    private string Key => Kind == NamedKind.Room ? "rooms" : "tracks";

    private Task<string> UserAsync() => CurrentOrganizer.NameAsync(AuthenticationState);

    private void StartEdit(NamedRow item)
    {
        _editingId = item.Id;
        _edit = new NamedForm { Name = item.Name, Slug = item.Slug, Capacity = RoomCapacity.Text(item.Capacity) };
        _editErrors = NoErrors;
    }

    private void CancelEdit()
    {
        _editingId = null;
        _editErrors = NoErrors;
    }

    private async Task SaveEditAsync(NamedRow item)
    {
        var outcome = await Editor.SaveAsync(Kind, item.Id, _edit.ToDraft(), await UserAsync(), CancellationToken.None);
        _editErrors = outcome.Errors;
        _refusal = outcome.Failure;
        if (!outcome.Succeeded)
        {
            return;
        }

        var renamed = !string.Equals(item.Name, _edit.Name.Trim(), StringComparison.Ordinal) && item.SessionCount > 0;
        var (said, severity) = outcome.Said(renamed ? $"Saved. Its {StructureText.Sessions(item.SessionCount)} show the new name in calendars." : "Saved.");
        Snackbar.Add(said, severity);
        _editingId = null;
        await OnChanged.InvokeAsync();
    }

    private async Task MoveAsync(NamedRow item, MoveDirection direction)
    {
        var outcome = await Editor.MoveAsync(Kind, item.Id, direction, await UserAsync(), CancellationToken.None);
        _refusal = outcome.Refusal();
        await OnChanged.InvokeAsync();
    }

    private async Task DeleteAsync(NamedRow item)
    {
        // One that holds sessions goes straight to the editor, whose refusal names them; an empty one is confirmed first.
        if (item.SessionCount == 0)
        {
            var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete {Noun} “{item.Name}”?", "No session uses it. This cannot be undone.", yesText: "Delete", cancelText: "Keep it");
            if (confirmed != true)
            {
                return;
            }
        }

        var outcome = await Editor.DeleteAsync(Kind, item.Id, await UserAsync(), CancellationToken.None);
        _refusal = outcome.Refusal();
        if (outcome.Succeeded)
        {
            Snackbar.Add($"Deleted {Noun} “{item.Name}”.", Severity.Success);
            await OnChanged.InvokeAsync();
        }
    }
}
