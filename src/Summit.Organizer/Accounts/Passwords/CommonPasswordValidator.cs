using Microsoft.AspNetCore.Identity;
using Summit.Data;

namespace Summit.Organizer.Accounts.Passwords;

/// <summary>
/// Refuses passwords from the shipped common-password list and the account's own address; the length rule is
/// Identity's own (<see cref="PasswordOptions.RequiredLength"/>). Every way of setting a password goes through it:
/// setup, invitations, reset links, the commands and the password page.
/// </summary>
public sealed class CommonPasswordValidator(CommonPasswords common) : IPasswordValidator<OrganizerUser>
{
    public const string CommonCode = "CommonPassword";
    public const string CommonMessage = "This password is on the list of common passwords that attackers try first: choose another.";
    public const string AddressCode = "PasswordIsAddress";
    public const string AddressMessage = "The password must not be your email address.";

    public async Task<IdentityResult> ValidateAsync(UserManager<OrganizerUser> manager, OrganizerUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        if (common.Contains(password))
        {
            return IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = CommonMessage });
        }

        var email = user.Email ?? await manager.GetEmailAsync(user);
        return email is not null && string.Equals(password.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase)
            ? IdentityResult.Failed(new IdentityError { Code = AddressCode, Description = AddressMessage })
            : IdentityResult.Success;
    }
}
