using System.Globalization;

namespace Summit.Core.Time;

/// <summary>Formats an event's date span for headings.</summary>
public static class EventDates
{
    /// <summary>"October 15–18, 2012", or the fuller form when the event spans months or years.</summary>
    public static string FormatRange(DateOnly first, DateOnly last)
    {
        var c = CultureInfo.InvariantCulture;
        if (first == last)
        {
            return first.ToString("MMMM d, yyyy", c);
        }

        if (first.Year != last.Year)
        {
            return $"{first.ToString("MMMM d, yyyy", c)} – {last.ToString("MMMM d, yyyy", c)}";
        }

        return first.Month == last.Month
            ? $"{first.ToString("MMMM d", c)}–{last.ToString("%d", c)}, {last.Year.ToString(c)}"
            : $"{first.ToString("MMMM d", c)} – {last.ToString("MMMM d", c)}, {last.Year.ToString(c)}";
    }
}
