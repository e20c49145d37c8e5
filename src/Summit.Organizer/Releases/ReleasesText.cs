using System.Globalization;
using Summit.Core.Releases;
using Summit.Data.Releases;

namespace Summit.Organizer.Releases;

/// <summary>What the releases page and the dashboard say about releases.</summary>
public static class ReleasesText
{
    public static string AgendasAffected(int count) => count == 1 ? "1 agenda affected" : $"{Number(count)} agendas affected";

    public static string Changes(int count) => count == 1 ? "1 change" : $"{Number(count)} changes";

    /// <summary>"3 unreleased changes"; the event's details alone (name, banner, rooms) are changes too, though no session changed.</summary>
    public static string Unreleased(ReleasePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return preview.Changes.Count switch
        {
            0 => "Unreleased changes to the event’s details",
            1 => "1 unreleased change",
            var n => $"{Number(n)} unreleased changes",
        };
    }

    public static string Published(ReleaseInfo release) => $"{release.Label} published";

    public static string Overtaken(ReleaseInfo latest) =>
        $"{latest.Label} was just published by {latest.ReleasedBy}. The changes below are now against it; look them over and release again.";

    public const string NothingToRelease = "Nothing to release: the public schedule already matches the working copy.";

    public const string PublishedAtOnce = "This event publishes each save at once, so there is nothing to release by hand. Choose “When released” in the event’s settings to release changes together.";

    /// <summary>As the history shows times: UTC, the same for every organizer wherever they are.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
