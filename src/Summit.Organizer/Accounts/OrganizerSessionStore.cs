using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Data;

namespace Summit.Organizer.Accounts;

/// <summary>A device signed in to an account, as the signed-in devices page lists it.</summary>
public sealed record SignedInDevice(string Id, string Device, string? Address, DateTime SignedInUtc, DateTime LastSeenUtc);

/// <summary>
/// The sign-in records behind auth cookies: started on every sign-in, checked on every request and by open organizer
/// pages, ended by signing out, by revoking them from another device, or by a new security stamp (a new password, a
/// removal). One database context per operation.
/// </summary>
public sealed class OrganizerSessionStore(
    IDbContextFactory<SummitDbContext> factory, TimeProvider clock, IOptions<OrganizerSessionOptions> options, IOptions<IdentityOptions> identity)
{
    private static readonly string OrganizerRole = OrganizerRoles.Organizer.ToUpperInvariant();

    /// <summary>
    /// Records a new sign-in and returns its id for the cookie. The sign-in it replaces on this device
    /// (<paramref name="replacing"/>, the cookie the browser had) ends.
    /// </summary>
    public async Task<string> StartAsync(string userId, string? securityStamp, string? userAgent, string? address, string? replacing, CancellationToken cancellationToken)
    {
        var now = Now;
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (replacing is not null)
        {
            await Active(db).Where(s => s.Id == replacing).ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), cancellationToken);
        }

        var endedBefore = now - options.Value.EndedSessionsKept;
        await db.OrganizerSessions
            .Where(s => s.UserId == userId && (s.RevokedUtc < endedBefore || s.LastSeenUtc < endedBefore))
            .ExecuteDeleteAsync(cancellationToken);
        db.OrganizerSessions.Add(new OrganizerSession
        {
            Id = id,
            UserId = userId,
            SecurityStamp = securityStamp,
            CreatedUtc = now,
            LastSeenUtc = now,
            Device = Truncate(DeviceDescription.Describe(userAgent), OrganizerSession.MaxDevice),
            Address = Truncate(address, OrganizerSession.MaxAddress),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>
    /// True while the principal's sign-in stands: its record exists, is not revoked, and the account's security stamp
    /// is still the one it signed in with; with <paramref name="requireOrganizer"/>, the account also still holds
    /// the organizer role. Marks the device as seen (at most every <see cref="OrganizerSessionOptions.LastSeenInterval"/>).
    /// </summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, bool requireOrganizer, CancellationToken cancellationToken)
    {
        var sessionId = SessionClaims.SessionIdOf(principal);
        var userId = principal.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
        if (sessionId is null || userId is null)
        {
            return false;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var lastSeen = await Active(db)
            .Where(s => s.Id == sessionId && s.UserId == userId)
            .Where(s => !requireOrganizer || db.UserRoles.Any(ur => ur.UserId == s.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == OrganizerRole)))
            .Select(s => (DateTime?)s.LastSeenUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastSeen is null)
        {
            return false;
        }

        var now = Now;
        if (now - lastSeen.Value >= options.Value.LastSeenInterval)
        {
            await db.OrganizerSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, now), cancellationToken);
        }

        return true;
    }

    /// <summary>The account's signed-in devices, most recently seen first.</summary>
    public async Task<IReadOnlyList<SignedInDevice>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        // A cookie lives its sliding lifetime past its last use, and "last seen" lags use by up to one interval.
        var alive = Now - options.Value.SignInLifetime - options.Value.LastSeenInterval;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var devices = await Active(db)
            .Where(s => s.UserId == userId && s.LastSeenUtc > alive)
            .Select(s => new SignedInDevice(s.Id, s.Device ?? "Unknown device", s.Address, s.CreatedUtc, s.LastSeenUtc))
            .ToListAsync(cancellationToken);
        return [.. devices.OrderByDescending(d => d.LastSeenUtc).ThenByDescending(d => d.SignedInUtc)];
    }

    /// <summary>Ends one sign-in of this account; false when it had already ended (or is not the account's).</summary>
    public async Task<bool> RevokeAsync(string userId, string sessionId, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.OrganizerSessions
            .Where(s => s.Id == sessionId && s.UserId == userId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), cancellationToken) == 1;
    }

    /// <summary>Ends every sign-in of this account but <paramref name="keptSessionId"/>; returns how many ended.</summary>
    public async Task<int> RevokeOthersAsync(string userId, string keptSessionId, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.OrganizerSessions
            .Where(s => s.UserId == userId && s.Id != keptSessionId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), cancellationToken);
    }

    /// <summary>Ends the sign-in a signing-out cookie named.</summary>
    public async Task EndAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.OrganizerSessions
            .Where(s => s.Id == sessionId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), cancellationToken);
    }

    /// <summary>Records neither revoked nor outdated by a new security stamp.</summary>
    private static IQueryable<OrganizerSession> Active(SummitDbContext db) =>
        db.OrganizerSessions.Where(s => s.RevokedUtc == null && db.Users.Any(u => u.Id == s.UserId && u.SecurityStamp == s.SecurityStamp));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
