using System.Buffers.Text;
using System.Security.Cryptography;

namespace Summit.Core.Agenda;

/// <summary>Secret agenda tokens: 256 random bits, written base64url (43 characters), stored only as a hash.</summary>
public static class AgendaToken
{
    public const int Length = 43;
    private const int RandomBytes = 32;

    /// <summary>A new token from the operating system's cryptographic generator.</summary>
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>The stored form of a token.</summary>
    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));

    /// <summary>True when the text has the shape of a token; says nothing about whether one was ever issued.</summary>
    public static bool IsWellFormed(string? token)
    {
        if (token is null || token.Length != Length)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
