using Microsoft.AspNetCore.Identity;
using Summit.Data;

namespace Summit.Organizer.Accounts;

/// <summary>Creating organizer accounts, shared by the setup page, invitations and the command line.</summary>
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

    private static List<string> Describe(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
