using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace Summit.Web.Organizer;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        // Validated here rather than by the endpoint's form binding, so a forged post gets a 400 with a reason.
        app.MapPost("/account/logout", LogoutAsync).DisableAntiforgery();
        return app;
    }

    public static async Task<IResult> LogoutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<OrganizerUser> signInManager)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem("Sign out from the button on Summit's pages.", statusCode: StatusCodes.Status400BadRequest);
        }

        var returnUrl = (await context.Request.ReadFormAsync(context.RequestAborted))["returnUrl"].ToString();
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(LocalUrls.OrDefault(returnUrl, "/"));
    }
}
