using System.Globalization;
using System.Reflection;
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

    /// <summary>
    /// The build's time for Last-Modified, stamped into the assembly when it was built (the commit's time, unless the
    /// build gave another): the same on every instance that runs this build, where the assembly's file time differs
    /// between machines and copies and made instances disagree. The Unix epoch for a build that was not stamped: its
    /// validators then come from the data alone.
    /// </summary>
    public static DateTime TimeUtc { get; } = StampedTime(typeof(App).Assembly);

    private const string TimeMetadataKey = "SummitBuildTime";

    private static DateTime StampedTime(Assembly assembly) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == TimeMetadataKey)?.Value is { } stamped
        && DateTimeOffset.TryParse(stamped, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime
            : DateTime.UnixEpoch;

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
