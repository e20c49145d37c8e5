namespace Summit.Core.Calendar;

/// <summary>What a calendar feed is called, where its sessions' pages live, and how often clients should refresh it.</summary>
/// <param name="Name">Shown by calendar apps as the calendar's name.</param>
/// <param name="SiteBase">Absolute base address of the site; session URLs are built on it.</param>
/// <param name="RefreshInterval">How often subscribed clients should fetch the feed again.</param>
public sealed record FeedDescription(string Name, Uri SiteBase, TimeSpan RefreshInterval);
