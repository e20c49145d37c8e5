using Microsoft.AspNetCore.Identity;

namespace Summit.Web.Organizer.SignIn;

/// <summary>
/// Sign-in by password and by second-step code, throttled per client address and per account, with the same answer
/// and the same hashing work whether the account exists or not. Identity's lockout is not used: it let anyone lock
/// an organizer out by typing wrong passwords.
/// </summary>
public sealed class OrganizerSignIn(
    SignInManager<OrganizerUser> signIn,
    UserManager<OrganizerUser> users,
    SignInThrottle throttle,
    TrustedDevices devices,
    UnknownAccountPassword unknownAccount)
{
    public async Task<SignInOutcome> PasswordAsync(HttpContext context, string email, string password)
    {
        if (Throttle(context, email) is { } throttled)
        {
            return throttled;
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            unknownAccount.Verify(users.PasswordHasher, password);
            return Refuse(context, email);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            devices.Trust(context, email);
            return new(SignInStatus.SignedIn);
        }

        return result.RequiresTwoFactor ? new(SignInStatus.NeedsSecondStep) : Refuse(context, email);
    }

    /// <summary>Checks a code from the authenticator app (six digits) or one of the account's recovery codes.</summary>
    public async Task<SignInOutcome> SecondStepAsync(HttpContext context, string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user?.Email is not { } email)
        {
            return new(SignInStatus.SecondStepExpired);
        }

        if (Throttle(context, email) is { } throttled)
        {
            return throttled;
        }

        var compact = new string([.. code.Where(c => !char.IsWhiteSpace(c))]);
        var digits = compact.Replace("-", "", StringComparison.Ordinal);
        var result = digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(compact.ToUpperInvariant());
        if (result.Succeeded)
        {
            devices.Trust(context, email);
            return new(SignInStatus.SignedIn);
        }

        return Refuse(context, email);
    }

    private SignInOutcome? Throttle(HttpContext context, string email)
    {
        if (throttle.TryAttempt(context) is { } addressWait)
        {
            return new(SignInStatus.AddressThrottled, addressWait);
        }

        return !devices.IsTrustedFor(context, email) && throttle.AccountWait(email) is { } accountWait
            ? new(SignInStatus.AccountThrottled, accountWait)
            : null;
    }

    private SignInOutcome Refuse(HttpContext context, string email)
    {
        // The account's own browsers are not counted: their typos must not help close the account to new browsers.
        if (!devices.IsTrustedFor(context, email))
        {
            throttle.RecordAccountFailure(email);
        }

        return new(SignInStatus.Refused);
    }
}
