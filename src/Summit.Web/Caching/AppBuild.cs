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
    /// <summary>
    /// A short hash of the module ids (which deterministic builds derive from the code) of Summit's assemblies and
    /// MudBlazor, and of the static assets' manifest, whose fingerprints the pages link to.
    /// </summary>
    public static string Id { get; } = Compute();

    /// <summary>When the web assembly was written, for Last-Modified; the Unix epoch when that is unknown.</summary>
    public static DateTime TimeUtc { get; } = string.IsNullOrEmpty(typeof(App).Assembly.Location)
        ? DateTime.UnixEpoch
        : File.GetLastWriteTimeUtc(typeof(App).Assembly.Location);

    private static string Compute()
    {
        Type[] rendering = [typeof(App), typeof(PublishedSchedule), typeof(SummitDbContext), typeof(Summit.Organizer.Layout.SummitTheme), typeof(MudBlazor.MudText)];
        var parts = rendering.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString()).ToList();
        var manifest = Path.Combine(AppContext.BaseDirectory, typeof(App).Assembly.GetName().Name + ".staticwebassets.endpoints.json");
        if (File.Exists(manifest))
        {
            parts.Add(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifest))));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', parts))).AsSpan(0, 6));
    }
}
