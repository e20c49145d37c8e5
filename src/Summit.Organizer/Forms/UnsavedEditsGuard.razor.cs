using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using Summit.Organizer.Structure;

namespace Summit.Organizer.Forms;

/// <summary>
/// Guards the forms of a page (the page's own, and those inside it, which receive <see cref="Edits"/> as a cascading
/// value): while any holds an unsaved edit, leaving for another page asks "Leave without saving?" first, and closing or
/// reloading the tab gets the browser's own prompt.
/// </summary>
public sealed partial class UnsavedEditsGuard : IAsyncDisposable
{
    private const string Module = "./_content/Summit.Organizer/Forms/UnsavedEditsGuard.razor.js";

    private bool _dirty;
    private bool _linksActive;
    private IJSObjectReference? _links;
    private DotNetObjectReference<UnsavedEditsGuard>? _self;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public UnsavedEdits Edits { get; set; } = default!;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void OnInitialized() => Edits.Changed += OnEditsChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", Module);
            _links = await module.InvokeAsync<IJSObjectReference>("interceptLinks", _self);
        }

        if (_links is not null && _linksActive != _dirty)
        {
            _linksActive = _dirty;
            await _links.InvokeVoidAsync("setActive", _dirty);
        }
    }

    /// <summary>A link was clicked while edits are unsaved: navigating here lets the lock ask first.</summary>
    [JSInvokable]
    public void Navigate(string href)
    {
        if (href.StartsWith(Navigation.BaseUri, StringComparison.Ordinal))
        {
            Navigation.NavigateTo(href);
        }
    }

    private void OnEditsChanged()
    {
        if (Edits.Any != _dirty)
        {
            _dirty = !_dirty;
            StateHasChanged();
        }
    }

    private async Task ConfirmLeavingAsync(LocationChangingContext context)
    {
        var pending = Edits.Pending();
        if (pending.Count == 0)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync(
            "Leave without saving?",
            $"Your changes to {StructureText.Join(pending)} will be lost.",
            yesText: "Leave",
            cancelText: "Stay");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Edits.Changed -= OnEditsChanged;
        try
        {
            if (_links is not null)
            {
                await _links.InvokeVoidAsync("dispose");
                await _links.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone, and its listener with it.
        }

        _self?.Dispose();
    }
}
