using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Summit.Data;

namespace Summit.Organizer.Team;

public enum RemovalResult
{
    Removed,
    NotAnOrganizer,
    LastOrganizer,
}

/// <summary>
/// Takes the organizer role from an account: its devices are signed out (sign-ins revoked, security stamp renewed, so
/// its cookies and open pages stop working) and its account stays, so a new invitation can bring it back. The last
/// organizer is never removed, even by two removals racing. One database context per operation.
/// </summary>
public sealed partial class OrganizerRemoval(IDbContextFactory<SummitDbContext> factory, TimeProvider clock, ILogger<OrganizerRemoval> logger)
{
    private static readonly string OrganizerRole = OrganizerRoles.Organizer.ToUpperInvariant();

    public async Task<RemovalResult> RemoveAsync(string userId, string removedBy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRemoveAsync(userId, removedBy, cancellationToken);
            }
            catch (Exception ex) when (attempt < 3 && DatabaseFailure.Classify(ex) == DatabaseFailureKind.Busy)
            {
                // PostgreSQL refused one of two racing removals (a serialization failure): tried again, it counts anew.
            }
        }
    }

    private async Task<RemovalResult> TryRemoveAsync(string userId, string removedBy, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var roleId = await db.Roles.Where(r => r.NormalizedName == OrganizerRole).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (roleId is null)
        {
            return RemovalResult.NotAnOrganizer;
        }

        // Serializable: on PostgreSQL two removals at once would otherwise each count the other organizer from their own
        // snapshot and both delete (SQLite has one writer at a time, and its transactions are serializable anyway).
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

        // The count and the delete are one statement, so two removals at once cannot both see another organizer left.
        var removed = await db.UserRoles
            .Where(ur => ur.RoleId == roleId && ur.UserId == userId && db.UserRoles.Count(o => o.RoleId == roleId) > 1)
            .ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return await db.UserRoles.AnyAsync(ur => ur.RoleId == roleId && ur.UserId == userId, cancellationToken)
                ? RemovalResult.LastOrganizer
                : RemovalResult.NotAnOrganizer;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.OrganizerSessions.Where(s => s.UserId == userId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), cancellationToken);
        var stamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var concurrency = Guid.NewGuid().ToString();
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, stamp).SetProperty(x => x.ConcurrencyStamp, concurrency), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogRemoved(logger, removedBy, await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken));
        return RemovalResult.Removed;
    }

    public static string Describe(RemovalResult result, string email, bool yourself) => result switch
    {
        RemovalResult.LastOrganizer when yourself => "You are the only organizer: invite another organizer before you leave, or Summit would have nobody to run it.",
        RemovalResult.LastOrganizer => $"{email} is the only organizer left: invite another organizer first.",
        RemovalResult.NotAnOrganizer => $"{email} is no longer an organizer.",
        _ => yourself ? "You are no longer an organizer." : $"Removed {email}. Their devices were signed out.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{RemovedBy} removed the organizer {Email}")]
    private static partial void LogRemoved(ILogger logger, string removedBy, string? email);
}
