using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Layout;

namespace Summit.Organizer.Team;

public sealed partial class OrganizersPage
{
    private IReadOnlyList<OrganizerRow> _organizers = [];
    private string? _myId;
    private string? _email;
    private string? _error;
    private string? _link;
    private string? _invited;
    private string? _resetLink;
    private string? _resetFor;
    private string? _resetError;
    private string? _removeError;
    private string? _removed;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private sealed record OrganizerRow(string Id, string Email);

    protected override Task OnInitializedAsync() => LoadAsync();

    // A scope per operation: the circuit lives for hours, and a database context must not.
    private async Task LoadAsync()
    {
        await using var scope = ScopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        _myId = AuthenticationState is null ? null : users.GetUserId((await AuthenticationState).User);
        _organizers = [.. (await users.GetUsersInRoleAsync(OrganizerRoles.Organizer))
            .Select(u => new OrganizerRow(u.Id, u.Email ?? u.UserName ?? ""))
            .OrderBy(o => o.Email, StringComparer.OrdinalIgnoreCase)];
    }

    private async Task CreateResetLinkAsync(OrganizerRow organizer)
    {
        // Not for yourself: a session left open somewhere must not be enough to take over the account's password.
        if (organizer.Id == _myId)
        {
            return;
        }

        if (!await Access.CanWriteAsync(CancellationToken.None))
        {
            _resetError = OrganizerAccess.SignedOutMessage;
            return;
        }

        _busy = true;
        try
        {
            await using var scope = ScopeFactory.CreateAsyncScope();
            var resets = scope.ServiceProvider.GetRequiredService<PasswordResetService>();
            var (code, error) = await resets.IssueAsync(organizer.Id, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
            _resetError = error;
            _resetFor = code is null ? null : organizer.Email;
            _resetLink = code is null ? null : Navigation.ToAbsoluteUri($"/account/reset-password?code={code}").AbsoluteUri;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task InviteAsync()
    {
        var email = _email?.Trim() ?? "";
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            _error = "Enter an email address such as name@example.org.";
            return;
        }

        if (_organizers.Any(o => string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            _error = $"{email} is already an organizer.";
            return;
        }

        if (!await Access.CanWriteAsync(CancellationToken.None))
        {
            _error = OrganizerAccess.SignedOutMessage;
            return;
        }

        _error = null;
        _busy = true;
        string code;
        try
        {
            await using var scope = ScopeFactory.CreateAsyncScope();
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueAsync(email, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }

        _invited = email;
        _link = Navigation.ToAbsoluteUri($"/setup?code={code}").AbsoluteUri;
        _email = null;
    }

    /// <summary>
    /// Removes an organizer after a confirmation; organizers may leave themselves, and are then signed out. The last
    /// organizer is refused by <see cref="OrganizerRemoval"/>, which decides under concurrent removals too.
    /// </summary>
    private async Task RemoveAsync(OrganizerRow organizer)
    {
        var yourself = organizer.Id == _myId;
        var confirmed = yourself
            ? await Dialogs.ShowMessageBoxAsync("Leave the organizers?", "You will be signed out on every device and can no longer edit the schedule. Another organizer can invite you again.", yesText: "Leave", cancelText: "Stay")
            : await Dialogs.ShowMessageBoxAsync($"Remove {organizer.Email}?", "They will be signed out on every device and can no longer edit the schedule. You can invite them again later.", yesText: "Remove", cancelText: "Keep them");
        if (confirmed != true)
        {
            return;
        }

        _removed = null;
        if (!await Access.CanWriteAsync(CancellationToken.None))
        {
            _removeError = OrganizerAccess.SignedOutMessage;
            return;
        }

        _busy = true;
        RemovalResult result;
        try
        {
            result = await Removal.RemoveAsync(organizer.Id, await CurrentOrganizer.NameAsync(AuthenticationState), CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }

        var message = OrganizerRemoval.Describe(result, organizer.Email, yourself);
        _removeError = result == RemovalResult.Removed ? null : message;
        _removed = result == RemovalResult.Removed ? message : null;
        if (result == RemovalResult.Removed && yourself)
        {
            // Their sign-ins ended with the role: a full load lands on the public schedule, signed out.
            Navigation.NavigateTo("/", forceLoad: true);
            return;
        }

        await LoadAsync();
    }
}
