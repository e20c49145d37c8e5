using System.Security.Cryptography;
using System.Text;
using Summit.Web.Components;

namespace Summit.Web.Caching;

/// <summary>
/// Identifies this build of the pages' code: a validator made only from the schedule would let a browser keep a
/// page rendered by the previous release after an upgrade.
/// </summary>
public static class AppBuild
{
    private static readonly Type[] Assemblies = [typeof(App), typeof(PublishedSchedule), typeof(MudBlazor.MudText)];

    /// <summary>A short hash of the module ids (which deterministic builds derive from the code) of the assemblies that render pages.</summary>
    public static string Id { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join(',', Assemblies.Select(t => t.Assembly.ManifestModule.ModuleVersionId)))).AsSpan(0, 6));

    /// <summary>When the web assembly was written, for Last-Modified; the Unix epoch when that is unknown.</summary>
    public static DateTime TimeUtc { get; } = string.IsNullOrEmpty(typeof(App).Assembly.Location)
        ? DateTime.UnixEpoch
        : File.GetLastWriteTimeUtc(typeof(App).Assembly.Location);
}
