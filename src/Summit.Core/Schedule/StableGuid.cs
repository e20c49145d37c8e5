using System.Security.Cryptography;
using System.Text;

namespace Summit.Core.Schedule;

/// <summary>Name-based GUIDs (RFC 9562 version 5): the same name always gives the same GUID.</summary>
public static class StableGuid
{
    // Summit's own namespace, so its names never collide with other v5 GUIDs.
    private static readonly Guid Namespace = new("6f1c7a52-93b4-4d0e-a0e8-51d2f6c3b8a1");

    public static Guid From(string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        Namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
