using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Summit.Web.Organizer;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        // The form field makes the endpoint read a form, which switches on antiforgery validation.
        app.MapPost("/account/logout", LogoutAsync);
        return app;
    }

    public static async Task<IResult> LogoutAsync(SignInManager<OrganizerUser> signInManager, [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
    }
}
