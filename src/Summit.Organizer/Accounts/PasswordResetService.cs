using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summit.Data;

namespace Summit.Organizer.Accounts;

/// <summary>
/// One-time password reset links an organizer makes for another organizer and passes on. Each organizer has at
/// most one: it is kept with Identity's per-user tokens, so a new link replaces the previous one.
/// </summary>
public sealed partial class PasswordResetService(
    SummitDbContext db, UserManager<OrganizerUser> users, TimeProvider clock, IOptions<OrganizerAccountOptions> options, ILogger<PasswordResetService> logger)
{
    private const string TokenProvider = "Summit";
    private const string TokenName = "PasswordResetLink";

    /// <summary>What a link's token row holds; the code itself is never stored, only its hash.</summary>
    private sealed record Ticket(byte[] CodeHash, DateTime ExpiresUtc, DateTime? UsedUtc, string IssuedBy);

    /// <summary>A new link code for this organizer; their previous link, used or not, stops working.</summary>
    public async Task<(string? Code, string? Error)> IssueAsync(string userId, string issuedBy, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !await users.IsInRoleAsync(user, OrganizerRoles.Organizer))
        {
            return (null, "This person is no longer an organizer.");
        }

        var code = OneTimeCode.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var ticket = new Ticket(OneTimeCode.Hash(code), now + options.Value.PasswordResetLifetime, UsedUtc: null, issuedBy);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Tokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = user.Id,
            LoginProvider = TokenProvider,
            Name = TokenName,
            Value = JsonSerializer.Serialize(ticket),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogIssued(logger, issuedBy, user.Email);
        return (code, null);
    }

    public async Task<InvitationState> CheckAsync(string? code, CancellationToken cancellationToken) =>
        (await FindAsync(code, cancellationToken)).State;

    /// <summary>Sets the new password and uses up the link, or returns what was wrong, changing nothing.</summary>
    public async Task<(OrganizerUser? User, IReadOnlyList<string> Errors)> ResetAsync(string? code, string password, CancellationToken cancellationToken)
    {
        var (state, row, ticket) = await FindAsync(code, cancellationToken);
        if (state != InvitationState.Valid)
        {
            return (null, [DescribeState(state)]);
        }

        var user = await users.FindByIdAsync(row!.UserId);
        if (user is null)
        {
            return (null, [DescribeState(InvitationState.Unknown)]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claimed first and atomically: of two posts racing with one link, only one finds the row still unused.
        var used = JsonSerializer.Serialize(ticket! with { UsedUtc = clock.GetUtcNow().UtcDateTime });
        var claimed = await Tokens
            .Where(t => t.UserId == row.UserId && t.Value == row.Value)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.Value, used), cancellationToken);
        if (claimed != 1)
        {
            return (null, [DescribeState(InvitationState.Used)]);
        }

        var errors = await OrganizerAccounts.SetPasswordAsync(users, user, password);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        await transaction.CommitAsync(cancellationToken);
        LogUsed(logger, user.Email, ticket.IssuedBy);
        return (user, []);
    }

    public static string DescribeState(InvitationState state) => state switch
    {
        InvitationState.Used => "This password reset link has already been used. Sign in with the new password, or ask an organizer for a new link.",
        InvitationState.Expired => "This password reset link has expired. Ask an organizer for a new one.",
        InvitationState.Unknown => "This password reset link is not valid: it may be incomplete, or a newer link replaced it. Ask an organizer for a new one.",
        _ => "",
    };

    private IQueryable<IdentityUserToken<string>> Tokens =>
        db.UserTokens.Where(t => t.LoginProvider == TokenProvider && t.Name == TokenName);

    private async Task<(InvitationState State, IdentityUserToken<string>? Row, Ticket? Ticket)> FindAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || code.Length > OneTimeCode.MaxLength)
        {
            return (InvitationState.Unknown, null, null);
        }

        // At most one row per organizer, so reading them all is cheap; each is compared in constant time.
        var hash = OneTimeCode.Hash(code);
        var rows = await Tokens.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var ticket = row.Value is null ? null : JsonSerializer.Deserialize<Ticket>(row.Value);
            if (ticket is null || !CryptographicOperations.FixedTimeEquals(ticket.CodeHash, hash))
            {
                continue;
            }

            var state = ticket.UsedUtc is not null ? InvitationState.Used
                : ticket.ExpiresUtc <= clock.GetUtcNow().UtcDateTime ? InvitationState.Expired
                : InvitationState.Valid;
            return (state, row, ticket);
        }

        return (InvitationState.Unknown, null, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{IssuedBy} made a password reset link for {Email}")]
    private static partial void LogIssued(ILogger logger, string issuedBy, string? email);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Email} set a new password with the reset link {IssuedBy} made")]
    private static partial void LogUsed(ILogger logger, string? email, string issuedBy);
}
