using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Organizer;
using Summit.Organizer.Accounts;

namespace Summit.Tests.Infrastructure;

/// <summary>Accounts and their sign-in records straight in a <see cref="TestDatabase"/>, and the principal a cookie would carry.</summary>
public static class SignInRecords
{
    public static OrganizerSessionStore Store(TestDatabase database, TimeProvider clock, OrganizerSessionOptions? options = null) =>
        new(new TestDbContextFactory(database), clock, Options.Create(options ?? new OrganizerSessionOptions()), Options.Create(new IdentityOptions()));

    /// <summary>A new account (an organizer unless told otherwise); returns its id.</summary>
    public static async Task<string> CreateAccountAsync(TestDatabase database, string email, bool organizer = true)
    {
        await using var db = database.CreateContext();
        var normalizedRole = OrganizerRoles.Organizer.ToUpperInvariant();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == normalizedRole, TestContext.Current.CancellationToken);
        if (role is null)
        {
            role = new IdentityRole(OrganizerRoles.Organizer) { NormalizedName = normalizedRole };
            db.Roles.Add(role);
        }

        var user = new OrganizerUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        if (organizer)
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user.Id;
    }

    /// <summary>Signs the account in as the cookie's sign-in event does, and returns what its cookie would carry.</summary>
    public static async Task<ClaimsPrincipal> SignInAsync(TestDatabase database, OrganizerSessionStore store, string userId, string? userAgent = null)
    {
        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Id == userId, TestContext.Current.CancellationToken);
        var sessionId = await store.StartAsync(userId, user.SecurityStamp, userAgent, "192.0.2.7", replacing: null, TestContext.Current.CancellationToken);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, user.Email!),
                new Claim(ClaimTypes.Role, OrganizerRoles.Organizer),
                new Claim(SessionClaims.SessionId, sessionId),
            ],
            "Identity.Application");
        return new ClaimsPrincipal(identity);
    }
}
