using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Summit.Organizer.Accounts;

/// <summary>The secret in a one-time link: 256 random bits, URL-safe. Only its SHA-256 hash is ever stored.</summary>
public static class OneTimeCode
{
    /// <summary>Longer than any code <see cref="New"/> makes: longer input is refused unhashed.</summary>
    public const int MaxLength = 100;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string code) => SHA256.HashData(Encoding.ASCII.GetBytes(code));
}
