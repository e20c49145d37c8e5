namespace Summit.Core.Filtering;

/// <summary>The sessions a filter keeps, in schedule order, and what each choice of the filter bar would give.</summary>
public sealed record FilterResult(
    IReadOnlyList<ScheduledSession> Sessions,
    int TotalSessions,
    FacetCounts Facets);

/// <summary>
/// For every facet, how many sessions each value would give with the other facets applied, so the bar can say
/// "Keystone (6)" and hide choices that give nothing.
/// </summary>
public sealed record FacetCounts(
    IReadOnlyList<FacetOption> Rooms,
    IReadOnlyList<FacetOption> Days,
    IReadOnlyList<FacetOption> Tracks,
    IReadOnlyList<FacetOption> Leads,
    IReadOnlyList<FacetOption> Kinds,
    IReadOnlyList<FacetOption> Statuses,
    FacetOption LeadWanted);

/// <summary>One choice of a facet: its URL value, what attendees read, its count and whether it is chosen.</summary>
public sealed record FacetOption(string Value, string Label, int Count, bool Selected);
