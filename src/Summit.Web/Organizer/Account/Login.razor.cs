using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Summit.Web.Organizer.SignIn;

namespace Summit.Web.Organizer.Account;

/// <summary>The organizer sign-in form: static, so it sets the cookie in its own response.</summary>
public sealed partial class Login
{
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private LoginInput? Input { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new();

    private async Task SignInAsync()
    {
        var outcome = await SignIn.PasswordAsync(HttpContext, Input!.Email, Input.Password);
        switch (outcome.Status)
        {
            case SignInStatus.SignedIn:
                Navigation.NavigateTo(LocalUrls.OrDefault(ReturnUrl, "/organizer"), forceLoad: true);
                return;
            case SignInStatus.NeedsSecondStep:
                var next = LocalUrls.IsLocal(ReturnUrl) ? $"{TwoFactorLogin.Path}?ReturnUrl={Uri.EscapeDataString(ReturnUrl!)}" : TwoFactorLogin.Path;
                Navigation.NavigateTo(next, forceLoad: true);
                return;
        }

        // Never send a password back in the page.
        Input.Password = "";
        _error = SignInMessages.Describe(outcome);
        SignInMessages.Answer(HttpContext, outcome);
    }

    private sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = "";
    }
}
