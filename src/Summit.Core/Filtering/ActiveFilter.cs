namespace Summit.Core.Filtering;

/// <summary>One applied filter value as a removable chip: what it reads and the filter without it.</summary>
public sealed record ActiveFilter(Facet Facet, string Label, ScheduleFilter Without);

public static class ActiveFilters
{
    /// <summary>The chips of a filter, in URL order, each labelled with names attendees know.</summary>
    public static IReadOnlyList<ActiveFilter> Describe(ScheduleFilter filter, PublishedSchedule schedule)
    {
        var chips = new List<ActiveFilter>();
        foreach (var room in filter.Rooms)
        {
            chips.Add(new(Facet.Room, $"Room: {NameOf(schedule.Rooms, room)}", filter with { Rooms = [.. filter.Rooms.Where(r => r != room)] }));
        }

        foreach (var day in filter.Days)
        {
            chips.Add(new(Facet.Day, $"Day: {FilterValues.DayLabel(day)}", filter with { Days = [.. filter.Days.Where(d => d != day)] }));
        }

        foreach (var track in filter.Tracks)
        {
            chips.Add(new(Facet.Track, $"Track: {NameOf(schedule.Tracks, track)}", filter with { Tracks = [.. filter.Tracks.Where(t => t != track)] }));
        }

        foreach (var lead in filter.Leads)
        {
            chips.Add(new(Facet.Lead, $"Lead: {NameOf(schedule.People, lead)}", filter with { Leads = [.. filter.Leads.Where(l => l != lead)] }));
        }

        foreach (var kind in filter.Kinds)
        {
            chips.Add(new(Facet.Kind, $"Kind: {FilterValues.KindLabel(kind)}", filter with { Kinds = [.. filter.Kinds.Where(k => k != kind)] }));
        }

        foreach (var status in filter.Statuses)
        {
            chips.Add(new(Facet.Status, $"Status: {FilterValues.StatusLabel(status)}", filter with { Statuses = [.. filter.Statuses.Where(s => s != status)] }));
        }

        if (filter.LeadWantedOnly)
        {
            chips.Add(new(Facet.LeadWanted, "Lead wanted", filter with { LeadWantedOnly = false }));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            chips.Add(new(Facet.Text, $"Search: “{filter.Text}”", filter with { Text = null }));
        }

        return chips;
    }

    private static string NameOf(IReadOnlyList<NamedRef> items, string slug) =>
        items.FirstOrDefault(i => string.Equals(i.Slug, slug, StringComparison.OrdinalIgnoreCase))?.Name ?? slug;
}
