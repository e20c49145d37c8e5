using System.ComponentModel.DataAnnotations;

namespace Summit.Organizer.Accounts;

/// <summary>Passwords and one-time organizer links; bound to the <c>OrganizerAccounts</c> section.</summary>
public sealed class OrganizerAccountOptions
{
    public const string Section = "OrganizerAccounts";

    /// <summary>
    /// The fewest characters a password may have, wherever one is set (setup, invitations, reset links, the commands,
    /// the password page). Length and a common-password list, not composition rules (NIST SP 800-63B, which asks for
    /// at least 8). Defaults to 12.
    /// </summary>
    [Range(8, 128, ErrorMessage = "OrganizerAccounts:MinimumPasswordLength must be between 8 and 128.")]
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>How long an invitation link made on the organizers page works. Defaults to 7 days.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00",
        ErrorMessage = "OrganizerAccounts:InvitationLifetime must be between 00:05:00 (5 minutes) and 90.00:00:00 (90 days).")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long the first-run setup link written to the log works. Defaults to 24 hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00",
        ErrorMessage = "OrganizerAccounts:SetupLinkLifetime must be between 00:05:00 (5 minutes) and 90.00:00:00 (90 days).")]
    public TimeSpan SetupLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a password reset link one organizer makes for another works. Defaults to 24 hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00",
        ErrorMessage = "OrganizerAccounts:PasswordResetLifetime must be between 00:05:00 (5 minutes) and 30.00:00:00 (30 days).")]
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(24);
}
