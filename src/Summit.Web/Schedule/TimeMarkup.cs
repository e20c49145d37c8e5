using System.Net;
using Microsoft.AspNetCore.Components;
using Summit.Core.Time;

namespace Summit.Web.Schedule;

/// <summary>
/// Every time a public page prints, as one markup: <c>&lt;time datetime="2012-10-15T09:50-07:00"&gt;9:50am&lt;/time&gt;</c>
/// and the zone's abbreviation in a <c>span.event-zone</c>. The text is the venue's time, the attribute the instant, so
/// <c>zone-switch.js</c> can show the viewer's time in the browser while the shared HTML stays the same for everyone.
/// Plain strings rather than a component: a large day's schedule prints hundreds of these.
/// </summary>
public static class TimeMarkup
{
    /// <summary>The class of the zone abbreviation the script rewrites along with the times.</summary>
    public const string ZoneClass = "event-zone";

    /// <summary><c>&lt;time datetime="2012-10-15T09:50-07:00"&gt;9:50am&lt;/time&gt;</c>.</summary>
    public static MarkupString Time(EventClock clock, DateOnly day, TimeOnly time) => new(TimeHtml(clock, day, time));

    /// <summary>The time and the zone in force then: "9:50am PDT".</summary>
    public static MarkupString TimeWithZone(EventClock clock, DateOnly day, TimeOnly time) =>
        new($"{TimeHtml(clock, day, time)} {ZoneHtml(clock, day, time)}");

    /// <summary>"9:50am – 10:30am PDT", each end its own <c>time</c>.</summary>
    public static MarkupString Range(EventClock clock, DateOnly day, TimeOnly start, TimeOnly end) =>
        new($"{TimeHtml(clock, day, start)} – {TimeHtml(clock, day, end)} {ZoneHtml(clock, day, start)}");

    /// <summary>"9:50am – 10:30am" without the zone, where a heading nearby names it.</summary>
    public static MarkupString RangeWithoutZone(EventClock clock, DateOnly day, TimeOnly start, TimeOnly end) =>
        new($"{TimeHtml(clock, day, start)} – {TimeHtml(clock, day, end)}");

    /// <summary>The zone's abbreviation in force at that time ("PDT"), marked so the script can replace it with the viewer's.</summary>
    public static MarkupString Zone(EventClock clock, DateOnly day, TimeOnly time) => new(ZoneHtml(clock, day, time));

    private static string TimeHtml(EventClock clock, DateOnly day, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return $"<time datetime=\"{clock.ToIsoMinute(day, time)}\">{EventClock.FormatTime(time)}</time>";
    }

    // The abbreviation comes from the tz database, not from organizers, but it is encoded all the same.
    private static string ZoneHtml(EventClock clock, DateOnly day, TimeOnly time) =>
        $"<span class=\"{ZoneClass}\">{WebUtility.HtmlEncode(clock.Abbreviation(day, time))}</span>";
}
