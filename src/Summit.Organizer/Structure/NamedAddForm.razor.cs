using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Summit.Organizer.Forms;
using Summit.Organizer.Layout;

namespace Summit.Organizer.Structure;

public sealed partial class NamedAddForm : IDisposable
{
    private readonly NamedForm _form = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _failure;

    [Parameter, EditorRequired]
    public NamedKind Kind { get; set; }

    [Parameter]
    public EventCallback OnAdded { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter]
    private UnsavedEdits? Edits { get; set; }

    private IDisposable? _tracking;

    protected override void OnInitialized() =>
        _tracking = Edits?.Track(() => string.IsNullOrWhiteSpace(_form.Name) && string.IsNullOrWhiteSpace(_form.Slug) && string.IsNullOrWhiteSpace(_form.Capacity) ? null : $"the new {Noun}");

    protected override void OnAfterRender(bool firstRender) => Edits?.Check();

    public void Dispose() => _tracking?.Dispose();

    private string Noun => Kind == NamedKind.Room ? "room" : "track";

    private async Task AddAsync()
    {
        var outcome = await Editor.SaveAsync(Kind, null, _form.ToDraft(), await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
        _errors = outcome.Errors;
        _failure = outcome.Failure;
        if (outcome.Succeeded)
        {
            Snackbar.Add($"Added {Noun} “{_form.Name.Trim()}”.", Severity.Success);
            (_form.Name, _form.Slug, _form.Capacity) = ("", "", "");
            await OnAdded.InvokeAsync();
        }
    }
}
