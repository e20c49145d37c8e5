using Microsoft.AspNetCore.Diagnostics;

namespace Summit.Web.Organizer.SignIn;

/// <summary>What the sign-in pages say about an outcome, and the status and headers they answer with.</summary>
public static class SignInMessages
{
    public const string Refused = "The email or password is not right.";
    public const string CodeRefused = "That code is not right. Enter the current code from your authenticator app, or an unused recovery code.";

    public static string Describe(SignInOutcome outcome) => outcome.Status switch
    {
        SignInStatus.AddressThrottled =>
            $"Too many sign-in attempts from your network. Wait {Wait(outcome)} and try again.",
        SignInStatus.AccountThrottled =>
            $"Too many failed sign-ins for this account from browsers it has not been used in. Wait {Wait(outcome)}, or sign in from a browser you have used for Summit before.",
        _ => Refused,
    };

    /// <summary>A throttled attempt gets 429 with Retry-After; the page itself explains, not the generic status page.</summary>
    public static void Answer(HttpContext context, SignInOutcome outcome)
    {
        if (!outcome.Throttled)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = outcome.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
    }

    private static string Wait(SignInOutcome outcome)
    {
        var seconds = outcome.RetryAfterSeconds;
        return seconds switch
        {
            <= 1 => "a second",
            < 60 => $"{seconds} seconds",
            < 120 => "a minute",
            _ => $"{(int)Math.Ceiling(seconds / 60.0)} minutes",
        };
    }
}
