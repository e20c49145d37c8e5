using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Summit.Web.Organizer.SignIn;

/// <summary>
/// A password hash no one knows the password of. A sign-in for an unknown address is checked against it, so that it
/// costs the same hashing work as one for a real account and cannot be told apart by its time.
/// </summary>
public sealed class UnknownAccountPassword
{
    private readonly OrganizerUser _nobody = new() { UserName = "nobody", Email = "nobody" };

    private readonly Lock _lock = new();
    private string? _hash;

    public void Verify(IPasswordHasher<OrganizerUser> hasher, string password)
    {
        _ = hasher.VerifyHashedPassword(_nobody, HashFor(hasher), password);
    }

    private string HashFor(IPasswordHasher<OrganizerUser> hasher)
    {
        lock (_lock)
        {
            return _hash ??= hasher.HashPassword(_nobody, RandomNumberGenerator.GetHexString(32));
        }
    }
}
