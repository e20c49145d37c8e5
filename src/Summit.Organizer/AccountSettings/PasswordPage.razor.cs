using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Summit.Organizer.AccountSettings;

/// <summary>An organizer changes their own password: the current one first, then the new one twice.</summary>
public sealed partial class PasswordPage
{
    private IReadOnlyList<string> _errors = [];
    private bool _changed;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "change-password")]
    private ChangeInput? Input { get; set; }

    protected override void OnInitialized() => Input ??= new();

    private async Task ChangeAsync()
    {
        var (current, next) = (Input!.Current, Input.New);

        // Never send a password back in the page.
        Input = new();
        var user = await Users.GetUserAsync(HttpContext.User);
        if (user is null)
        {
            _errors = ["Your account was not found: sign in again."];
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Checks the current password, applies every password rule and renews the security stamp, so that the
        // account's other sign-ins end; this browser then gets a cookie with the new stamp.
        var result = await Users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(e => e.Code == nameof(Microsoft.AspNetCore.Identity.IdentityErrorDescriber.PasswordMismatch)
                ? "The current password is not right."
                : e.Description)];
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await SignInManager.RefreshSignInAsync(user);
        _changed = true;
    }

    private sealed class ChangeInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Choose a new password.")]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
        public string Confirm { get; set; } = "";
    }
}
