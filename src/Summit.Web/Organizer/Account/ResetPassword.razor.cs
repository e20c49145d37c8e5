using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;

namespace Summit.Web.Organizer.Account;

/// <summary>Where a password reset link leads: a static form, like setup and sign-in.</summary>
public sealed partial class ResetPassword
{
    private InvitationState _state = InvitationState.Unknown;
    private IReadOnlyList<string> _errors = [];
    private string? _changedFor;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "code")]
    private string? Code { get; set; }

    [SupplyParameterFromForm]
    private ResetInput? Input { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        HttpContext.Response.Headers.CacheControl = "no-store";
        Code ??= HttpContext.Request.HasFormContentType ? HttpContext.Request.Form["code"].ToString() : null;
        _state = await Resets.CheckAsync(Code, HttpContext.RequestAborted);
        if (_state != InvitationState.Valid)
        {
            RefuseLink(_state);
        }
    }

    private async Task ResetAsync()
    {
        var (user, errors) = await Resets.ResetAsync(Code, Input!.Password, HttpContext.RequestAborted);
        if (user is null)
        {
            // A link used up meanwhile (another post won the race) gets the same page as one opened after use.
            _state = await Resets.CheckAsync(Code, HttpContext.RequestAborted);
            if (_state != InvitationState.Valid)
            {
                RefuseLink(_state);
                return;
            }

            _errors = errors;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        _changedFor = user.Email;
    }

    private void RefuseLink(InvitationState state)
    {
        HttpContext.Response.StatusCode = state == InvitationState.Unknown ? StatusCodes.Status400BadRequest : StatusCodes.Status410Gone;

        // This page explains the problem itself; the generic status page must not replace it.
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
    }

    private sealed class ResetInput
    {
        [Required(ErrorMessage = "Choose a new password.")]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
        public string Confirm { get; set; } = "";
    }
}
