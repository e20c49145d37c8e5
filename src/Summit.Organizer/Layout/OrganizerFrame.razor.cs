using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Summit.Organizer.Layout;

public sealed partial class OrganizerFrame
{
    private bool _interactive;
    private bool _signedOut;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string SignInUrl => $"/account/login?ReturnUrl={Uri.EscapeDataString(Navigation.ToBaseRelativePath(Navigation.Uri).Insert(0, "/"))}";

    // The circuit's state turns anonymous when its sign-in ends: the revalidation found it, or a refused save did.
    protected override async Task OnParametersSetAsync() =>
        _signedOut = AuthenticationState is not null && (await AuthenticationState).User.Identity?.IsAuthenticated != true;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }
}
