using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Summit.Web.Organizer.SignIn;

namespace Summit.Web.Organizer.Account;

/// <summary>The second sign-in step for accounts with two-factor sign-in, throttled like the password step.</summary>
public sealed partial class TwoFactorLogin
{
    public const string Path = "/account/two-factor";

    private string? _error;
    private bool _expired;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private CodeInput? Input { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new();

    private async Task CheckAsync()
    {
        var outcome = await SignIn.SecondStepAsync(HttpContext, Input!.Code);
        if (outcome.Status == SignInStatus.SignedIn)
        {
            Navigation.NavigateTo(LocalUrls.OrDefault(ReturnUrl, "/organizer"), forceLoad: true);
            return;
        }

        Input.Code = "";
        _expired = outcome.Status == SignInStatus.SecondStepExpired;
        _error = outcome.Status switch
        {
            SignInStatus.SecondStepExpired => "This step has expired, or the password step was not done.",
            SignInStatus.Refused => SignInMessages.CodeRefused,
            _ => SignInMessages.Describe(outcome),
        };
        SignInMessages.Answer(HttpContext, outcome);
        if (_expired)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private sealed class CodeInput
    {
        [Required(ErrorMessage = "Enter the code.")]
        [StringLength(32, ErrorMessage = "A code is at most 32 characters.")]
        public string Code { get; set; } = "";
    }
}
