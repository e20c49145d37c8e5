using System.ComponentModel;

namespace Summit.Web.Api;

/// <summary>The event as a whole: what an app shows before any session.</summary>
[Description("The event and its published release.")]
public sealed record ApiEvent(
    string Name,
    string? Subtitle,
    string Venue,
    [property: Description("The IANA time zone every wall-clock time of the schedule is in, such as America/Los_Angeles.")] string TimeZone,
    [property: Description("The first day, or null while nothing is published.")] DateOnly? FirstDay,
    [property: Description("The last day, or null while nothing is published.")] DateOnly? LastDay,
    int SessionCount,
    [property: Description("False until the first release of an event that publishes when released: then every list is empty.")] bool Published,
    [property: Description("The release the API serves, or null before the first.")] ApiRelease? Release,
    [property: Description("A hash of the published schedule's content: equal versions mean equal schedules.")] string Version,
    [property: Description("The newest change to the published schedule, UTC.")] DateTime LastModified,
    [property: Description("The site's schedule page.")] string Url,
    string? BannerText,
    string? BannerLinkLabel,
    [property: Description("Only a web (http or https) address.")] string? BannerLinkUrl);

/// <summary>A published release of the schedule.</summary>
[Description("A published release of the schedule.")]
public sealed record ApiRelease(
    [property: Description("1 for the first release, counting up.")] int Number,
    [property: Description("\"Release 4\" or \"Release 4 (Final)\".")] string Label,
    string? Name,
    string Comment,
    [property: Description("UTC.")] DateTime Released,
    [property: Description("The release's page on the site.")] string Url);

/// <summary>A day of the event.</summary>
[Description("A day of the event.")]
public sealed record ApiDay(
    [property: Description("yyyy-MM-dd: the day filter's value.")] DateOnly Date,
    [property: Description("\"Monday, October 15\".")] string Label,
    int SessionCount,
    [property: Description("The first session's start, or null for a day without sessions.")] DateTimeOffset? Start,
    [property: Description("The last session's end, or null for a day without sessions.")] DateTimeOffset? End,
    [property: Description("This day's sessions in the API.")] string SessionsUrl);

/// <summary>A room, track or lead with how many sessions it has.</summary>
[Description("A room, track or lead: its slug is the value of its filter.")]
public sealed record ApiFacet(
    [property: Description("The value of the room, track or lead filter.")] string Slug,
    string Name,
    [property: Description("Published sessions in it (or led by them, tentatively or not).")] int SessionCount,
    [property: Description("Its sessions in the API.")] string SessionsUrl);

/// <summary>A list of sessions, with the filter that chose them.</summary>
[Description("Sessions in schedule order (day, start, room).")]
public sealed record ApiSessionList(
    [property: Description("How many sessions match.")] int Count,
    [property: Description("How many sessions the schedule has.")] int Total,
    [property: Description("The filter applied, as a query string (\"?track=keystone\"), empty for none: former room, track or day values appear as the current ones.")] string Filter,
    IReadOnlyList<ApiSession> Sessions);
