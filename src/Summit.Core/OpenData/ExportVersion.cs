using System.Globalization;

namespace Summit.Core.OpenData;

/// <summary>The <c>version</c> of an export: the release it shows, "4", or "4 (Final)" when the release has a name.</summary>
public static class ExportVersion
{
    public static string Of(Releases.ReleaseInfo? release) => release switch
    {
        null => "0",
        { Name: { } name } when !string.IsNullOrWhiteSpace(name) => string.Create(CultureInfo.InvariantCulture, $"{release.Version} ({name.Trim()})"),
        _ => release.Version.ToString(CultureInfo.InvariantCulture),
    };
}
