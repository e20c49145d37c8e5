using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Summit.Data;

namespace Summit.Organizer.AccountSettings;

/// <summary>
/// An organizer turns two-factor sign-in (TOTP, through Identity's authenticator support) on or off and renews
/// their recovery codes. Codes are shown once, in the response that made them.
/// </summary>
public sealed partial class TwoFactorPage
{
    public const int RecoveryCodeCount = 10;

    private OrganizerUser _user = default!;
    private bool _enabled;
    private int _recoveryCodesLeft;
    private string? _key;
    private string _email = "";
    private string? _message;
    private IReadOnlyList<string> _errors = [];
    private IReadOnlyList<string> _recoveryCodes = [];

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "enable-two-factor")]
    private EnableInput? Enable { get; set; }

    [SupplyParameterFromForm(FormName = "disable-two-factor")]
    private DisableInput? Disable { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Enable ??= new();
        Disable ??= new();
        _user = await Users.GetUserAsync(HttpContext.User)
            ?? throw new InvalidOperationException("The organizer policy let in a user that is not in the database.");
        _email = _user.Email ?? "";
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _enabled = await Users.GetTwoFactorEnabledAsync(_user);
        _recoveryCodesLeft = _enabled ? await Users.CountRecoveryCodesAsync(_user) : 0;
        _key = _enabled ? null : await Users.GetAuthenticatorKeyAsync(_user);
        if (!_enabled && string.IsNullOrEmpty(_key))
        {
            // A new key renews the security stamp: this browser's cookie is renewed with it.
            await Users.ResetAuthenticatorKeyAsync(_user);
            await SignInManager.RefreshSignInAsync(_user);
            _key = await Users.GetAuthenticatorKeyAsync(_user);
        }
    }

    private async Task EnableAsync()
    {
        var code = new string([.. Enable!.Code.Where(char.IsAsciiDigit)]);
        Enable = new();
        if (_enabled)
        {
            return;
        }

        if (!await Users.VerifyTwoFactorTokenAsync(_user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _errors = ["That code is not right. Check that the app's clock is right and enter the code it shows now."];
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await Users.SetTwoFactorEnabledAsync(_user, true);
        _recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(_user, RecoveryCodeCount) ?? []];
        await SignInManager.RefreshSignInAsync(_user);
        _message = "Two-factor sign-in is on.";
        await LoadAsync();
    }

    private async Task DisableAsync()
    {
        var password = Disable!.Password;
        Disable = new();
        if (!_enabled)
        {
            return;
        }

        if (!await Users.CheckPasswordAsync(_user, password))
        {
            _errors = ["The password is not right: two-factor sign-in stays on."];
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await Users.SetTwoFactorEnabledAsync(_user, false);

        // A fresh key for next time: the app that held the old one no longer signs anyone in.
        await Users.ResetAuthenticatorKeyAsync(_user);
        await SignInManager.RefreshSignInAsync(_user);
        _message = "Two-factor sign-in is off.";
        await LoadAsync();
    }

    private async Task NewRecoveryCodesAsync()
    {
        if (!_enabled)
        {
            return;
        }

        _recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(_user, RecoveryCodeCount) ?? []];
        _recoveryCodesLeft = await Users.CountRecoveryCodesAsync(_user);
        _message = "New recovery codes are made; the old ones no longer work.";
    }

    private sealed class EnableInput
    {
        [Required(ErrorMessage = "Enter the code the app shows.")]
        [StringLength(16, ErrorMessage = "The code is six digits.")]
        public string Code { get; set; } = "";
    }

    private sealed class DisableInput
    {
        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = "";
    }
}
