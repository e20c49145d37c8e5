using Microsoft.AspNetCore.DataProtection;

namespace Summit.Web.Security;

/// <summary>
/// Where the keys that sign and encrypt organizer cookies and form tokens live: in the database, so that every instance
/// on it reads and writes one key ring, and a restart, a new machine or a release unpacked into a new folder keeps
/// accepting what was issued before.
/// </summary>
/// <remarks>
/// By default the ring is a folder under the user's home (<c>~/.aspnet/DataProtection-Keys</c>), or, when there is no
/// writable home (a systemd service with <c>DynamicUser=yes</c>), kept in memory and lost at every restart; and
/// payloads are bound to the content root's path. Either signs organizers out: on a restart without a home, on a
/// second instance, or after a release moved folders.
/// </remarks>
public static class SharedKeyRing
{
    /// <summary>
    /// The name payloads are bound to, the same for every instance (the default, the content root's path, differs
    /// between folders). Changing it invalidates every cookie and form token issued before.
    /// </summary>
    public const string ApplicationName = "Summit";

    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<SummitDbContext>();
        return builder;
    }
}
