using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Data;

namespace Summit.Organizer.Accounts;

public enum InvitationState
{
    Valid,
    Unknown,
    Used,
    Expired,
}

/// <summary>Issues and redeems one-time organizer links: the first-run setup link and invitations.</summary>
public sealed class InvitationService(SummitDbContext db, UserManager<OrganizerUser> users, TimeProvider clock, IOptions<OrganizerAccountOptions> options)
{
    /// <summary>True while nobody holds the organizer role: the app then offers a setup link.</summary>
    public async Task<bool> NeedsSetupAsync(CancellationToken cancellationToken) =>
        (await users.GetUsersInRoleAsync(OrganizerRoles.Organizer)).Count == 0
        && !cancellationToken.IsCancellationRequested;

    /// <summary>
    /// A new code (256 random bits); only its hash is stored. A setup link (no <paramref name="email"/>) leaves earlier
    /// ones working: each instance that starts logs its own, and another instance's must not die with this start. The
    /// first one used ends all of them.
    /// </summary>
    public async Task<string> IssueAsync(string? email, string? createdBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var code = OneTimeCode.New();
        db.Invitations.Add(new OrganizerInvitation
        {
            CodeHash = OneTimeCode.Hash(code),
            Email = email,
            CreatedUtc = now,
            ExpiresUtc = now + (email is null ? options.Value.SetupLinkLifetime : options.Value.InvitationLifetime),
            CreatedBy = createdBy,
        });
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    public async Task<(InvitationState State, OrganizerInvitation? Invitation)> CheckAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || code.Length > OneTimeCode.MaxLength)
        {
            return (InvitationState.Unknown, null);
        }

        var hash = OneTimeCode.Hash(code);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.CodeHash == hash, cancellationToken);
        if (invitation is null)
        {
            return (InvitationState.Unknown, null);
        }

        if (invitation.UsedUtc is not null)
        {
            return (InvitationState.Used, invitation);
        }

        return invitation.ExpiresUtc <= clock.GetUtcNow().UtcDateTime
            ? (InvitationState.Expired, invitation)
            : (InvitationState.Valid, invitation);
    }

    /// <summary>Creates the organizer and uses up the code, or returns what was wrong, changing nothing.</summary>
    public async Task<(OrganizerUser? User, IReadOnlyList<string> Errors)> RedeemAsync(string code, string email, string password, CancellationToken cancellationToken)
    {
        var (state, invitation) = await CheckAsync(code, cancellationToken);
        if (state != InvitationState.Valid)
        {
            return (null, [DescribeState(state)]);
        }

        if (invitation!.Email is not null && !string.Equals(invitation.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            return (null, [$"This invitation is for {invitation.Email}."]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claimed first and atomically: of two posts racing with one code, only one changes the row.
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.UsedUtc == null && i.ExpiresUtc > now)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.UsedUtc, now), cancellationToken);
        if (claimed != 1)
        {
            return (null, [DescribeState(InvitationState.Used)]);
        }

        if (invitation.Email is null)
        {
            // The first organizer exists once this commits: the setup links other starts logged stop working with it.
            await db.Invitations.Where(i => i.Email == null && i.UsedUtc == null && i.Id != invitation.Id)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.ExpiresUtc, now), cancellationToken);
        }

        var (user, errors) = await OrganizerAccounts.CreateAsync(users, email, password);
        if (user is null)
        {
            return (null, errors);
        }

        await transaction.CommitAsync(cancellationToken);
        return (user, []);
    }

    public static string DescribeState(InvitationState state) => state switch
    {
        InvitationState.Used => "This link has already been used. Ask an organizer for a new invitation, or sign in.",
        InvitationState.Expired => "This link has expired. Restart Summit for a new setup link, or ask an organizer for a new invitation.",
        InvitationState.Unknown => "This link is not valid. Check that it was copied whole.",
        _ => "",
    };
}
