using Microsoft.AspNetCore.Identity;
using Summit.Data;

namespace Summit.Organizer.Accounts;

/// <summary>Creating organizer accounts and setting their passwords, shared by the web pages and the command line.</summary>
public static class OrganizerAccounts
{
    public static async Task<(OrganizerUser? User, IReadOnlyList<string> Errors)> CreateAsync(UserManager<OrganizerUser> users, string email, string password)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (await users.IsInRoleAsync(existing, OrganizerRoles.Organizer))
            {
                return (null, [$"{email} is already an organizer."]);
            }

            // Whoever holds the link must also own the account it promotes.
            if (!await users.CheckPasswordAsync(existing, password))
            {
                return (null, [$"{email} already has an account: enter its password to make it an organizer."]);
            }

            var promoted = await users.AddToRoleAsync(existing, OrganizerRoles.Organizer);
            return promoted.Succeeded ? (existing, []) : (null, Describe(promoted));
        }

        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, Describe(created));
        }

        var role = await users.AddToRoleAsync(user, OrganizerRoles.Organizer);
        return role.Succeeded ? (user, []) : (null, Describe(role));
    }

    /// <summary>The organizer with this address, or null when there is none (an account without the role included).</summary>
    public static async Task<OrganizerUser?> FindOrganizerAsync(UserManager<OrganizerUser> users, string email) =>
        await users.FindByEmailAsync(email.Trim()) is { } user && await users.IsInRoleAsync(user, OrganizerRoles.Organizer) ? user : null;

    /// <summary>
    /// Gives the account a new password under the same rules as new accounts, lifts any lockout and renews the
    /// security stamp, so that sessions signed in with the old password end. A refused password changes nothing.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SetPasswordAsync(UserManager<OrganizerUser> users, OrganizerUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange(Describe(await validator.ValidateAsync(users, user, password)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // One update: the hash, the lockout and the new stamp are saved together or not at all.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        return Describe(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>
    /// Sets a new password for the organizer with this address (the command line's reset) and turns two-factor
    /// sign-in off: this is the way back in for someone who lost their authenticator app and recovery codes too.
    /// </summary>
    public static async Task<(OrganizerUser? User, IReadOnlyList<string> Errors)> ResetPasswordAsync(UserManager<OrganizerUser> users, string email, string password)
    {
        if (await FindOrganizerAsync(users, email) is not { } user)
        {
            return (null, [$"No organizer has the address {email.Trim()}."]);
        }

        var errors = await SetPasswordAsync(users, user, password);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
        }

        return (user, []);
    }

    private static List<string> Describe(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
