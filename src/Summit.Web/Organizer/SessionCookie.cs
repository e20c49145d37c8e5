using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Summit.Organizer.Accounts;

namespace Summit.Web.Organizer;

/// <summary>
/// Ties the auth cookie to a server-side sign-in record (<see cref="OrganizerSessionStore"/>): every sign-in, whichever
/// page made it, starts one and names it in the cookie; every request checks it, so a copied cookie stops working the
/// moment its sign-in ends; signing out ends it. The security stamp check runs after, as before.
/// </summary>
internal static partial class SessionCookie
{
    public static void Track(CookieAuthenticationEvents events)
    {
        events.OnSigningIn = SigningInAsync;
        events.OnValidatePrincipal = ValidatePrincipalAsync;
        events.OnSigningOut = SigningOutAsync;
    }

    /// <summary>The stamp check renews the cookie's principal from the account: the sign-in it belongs to goes along.</summary>
    public static Task KeepSessionAsync(SecurityStampRefreshingPrincipalContext context)
    {
        var sessionId = SessionClaims.SessionIdOf(context.CurrentPrincipal);
        if (sessionId is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SessionClaims.SessionId))
        {
            identity.AddClaim(new Claim(SessionClaims.SessionId, sessionId));
        }

        return Task.CompletedTask;
    }

    private static async Task SigningInAsync(CookieSigningInContext context)
    {
        var http = context.HttpContext;
        var claimTypes = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(claimTypes.UserIdClaimType)?.Value is not { } userId)
        {
            return;
        }

        foreach (var stale in identity.FindAll(SessionClaims.SessionId).ToList())
        {
            identity.RemoveClaim(stale);
        }

        var sessions = http.RequestServices.GetRequiredService<OrganizerSessionStore>();
        var sessionId = await sessions.StartAsync(
            userId,
            identity.FindFirst(claimTypes.SecurityStampClaimType)?.Value,
            http.Request.Headers.UserAgent.ToString(),
            http.Connection.RemoteIpAddress?.ToString(),
            replacing: SessionClaims.SessionIdOf(http.User),
            http.RequestAborted);
        identity.AddClaim(new Claim(SessionClaims.SessionId, sessionId));
    }

    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        bool active;
        try
        {
            active = context.Principal is not null
                && await http.RequestServices.GetRequiredService<OrganizerSessionStore>().IsActiveAsync(context.Principal, requireOrganizer: false, http.RequestAborted);
        }
        catch (DbException ex)
        {
            // Not known to be signed in: treated as signed out for this request only, the cookie kept for the next.
            LogUnchecked(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionCookie)), ex);
            context.RejectPrincipal();
            return;
        }

        if (!active)
        {
            context.RejectPrincipal();
            await http.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        var http = context.HttpContext;
        if (SessionClaims.SessionIdOf(http.User) is { } sessionId)
        {
            // Not the request's token: a sign-out whose browser stopped waiting must still end the sign-in.
            await http.RequestServices.GetRequiredService<OrganizerSessionStore>().EndAsync(sessionId, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sign-in behind a request could not be checked; the request is served signed out")]
    private static partial void LogUnchecked(ILogger logger, Exception exception);
}
