using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Summit.Organizer.Accounts.Passwords;

/// <summary>
/// A form's early word on a new password's length, with the same minimum Identity enforces when the password is set
/// (<see cref="PasswordOptions.RequiredLength"/>, from configuration); Identity's own check still runs after it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MinimumPasswordLengthAttribute : ValidationAttribute
{
    public override bool RequiresValidationContext => true;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var minimum = validationContext.GetService<IOptions<IdentityOptions>>()?.Value.Password.RequiredLength
            ?? throw new InvalidOperationException("Password length is checked only where the app's services are at hand.");
        return value is string password && password.Length > 0 && password.Length < minimum
            ? new ValidationResult($"Use at least {minimum} characters.", validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}
