using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Summit.Organizer.Accounts;

namespace Summit.Organizer.Devices;

public sealed partial class DevicesPage
{
    private IReadOnlyList<SignedInDevice> _devices = [];
    private string? _userId;
    private string? _currentId;
    private string? _message;
    private string? _error;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IOptions<IdentityOptions> Identity { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        _userId = user?.FindFirst(Identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
        _currentId = SessionClaims.SessionIdOf(user);
        await LoadAsync();
    }

    private async Task LoadAsync() =>
        _devices = _userId is null ? [] : await Sessions.ListAsync(_userId, CancellationToken.None);

    private async Task RevokeAsync(SignedInDevice device)
    {
        await ActAsync(async () => await Sessions.RevokeAsync(_userId!, device.Id, CancellationToken.None)
            ? $"Signed out {device.Device}, signed in {When(device.SignedInUtc)}."
            : "That device was already signed out.");
    }

    private async Task RevokeOthersAsync()
    {
        await ActAsync(async () =>
        {
            var count = await Sessions.RevokeOthersAsync(_userId!, _currentId!, CancellationToken.None);
            return count == 1 ? "Signed out 1 other device." : $"Signed out {count} other devices.";
        });
    }

    private async Task ActAsync(Func<Task<string>> action)
    {
        _message = null;
        _error = null;
        if (_userId is null || _currentId is null || !await Access.CanWriteAsync(CancellationToken.None))
        {
            _error = "You were signed out on this device too. Sign in again to manage your devices.";
            return;
        }

        _busy = true;
        try
        {
            // The message and the list it speaks of appear in the same render: a status that says a device is
            // signed out while that device is still listed would read as a failure.
            var message = await action();
            await LoadAsync();
            _message = message;
        }
        finally
        {
            _busy = false;
        }
    }

    private static string When(DateTime utc) =>
        utc.ToString("d MMM, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
