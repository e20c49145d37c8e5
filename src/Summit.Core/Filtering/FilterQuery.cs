using System.Globalization;
using System.Text;

namespace Summit.Core.Filtering;

/// <summary>A query-string value the filter could not apply, and why, in words for the attendee.</summary>
public sealed record FilterProblem(Facet Facet, string Value, string Message);

/// <summary>A filter read from a URL: what could be applied, and what could not.</summary>
public sealed record ParsedFilter(ScheduleFilter Filter, IReadOnlyList<FilterProblem> Problems)
{
    /// <summary>
    /// Some value named a room, track or day by the slug or date it had before an organizer changed it: the filter
    /// holds the current one, and <see cref="FilterQuery.ToQueryString"/> gives the address to use from now on.
    /// </summary>
    public bool UsedFormerValues { get; init; }
}

/// <summary>
/// The URL contract of filtered views: <c>room</c>, <c>day</c> (yyyy-MM-dd, or <c>all</c>), <c>track</c>, <c>lead</c>,
/// <c>kind</c>, <c>status</c>, <c>leadwanted=true</c> and <c>q</c>; repeat a parameter for several values.
/// Values the schedule does not know are reported, never fatal.
/// </summary>
public static class FilterQuery
{
    public const int MaxTextLength = 200;
    public const int MaxValuesPerFacet = 50;

    /// <summary>At most this many problems are reported one by one; the rest are counted in one more line.</summary>
    public const int MaxReportedProblems = 5;
    private const int MaxShownValueLength = 60;

    /// <summary>The <c>day</c> value that asks for every day.</summary>
    public const string AllDaysValue = "all";

    public static string ParameterName(Facet facet) => facet switch
    {
        Facet.Room => "room",
        Facet.Day => "day",
        Facet.Track => "track",
        Facet.Lead => "lead",
        Facet.Kind => "kind",
        Facet.Status => "status",
        Facet.LeadWanted => "leadwanted",
        _ => "q",
    };

    /// <summary>Reads a filter from query parameters; <paramref name="values"/> gives every value of one parameter.</summary>
    public static ParsedFilter Parse(Func<string, IEnumerable<string?>> values, FilterIndex index)
    {
        var problems = new List<FilterProblem>();
        var usedFormer = false;

        var rooms = Slugs(Facet.Room, "room", index.CurrentRoom);
        var tracks = Slugs(Facet.Track, "track", index.CurrentTrack);
        var leads = Slugs(Facet.Lead, "lead", slug => index.HasPerson(slug) ? slug : null);
        var allDays = Values(Facet.Day).Any(IsAllDays);
        var days = Parsed<DateOnly>(Facet.Day, (string v, out DateOnly day) =>
        {
            if (!FilterValues.TryParseDay(v, out day))
            {
                return $"“{Shown(v)}” is not a date; days are written like 2012-10-15.";
            }

            if (index.CurrentDay(day) is not { } current)
            {
                return $"The event has no day {FilterValues.Day(day)}.";
            }

            usedFormer |= current != day;
            day = current;
            return null;
        });
        var kinds = Parsed<SessionKind>(Facet.Kind, (string v, out SessionKind kind) =>
            FilterValues.TryParseKind(v, out kind) ? null : $"There is no session kind “{Shown(v)}”; kinds are regular, split and half.");
        var statuses = Parsed<SessionStatus>(Facet.Status, (string v, out SessionStatus status) =>
            FilterValues.TryParseStatus(v, out status) ? null : $"There is no status “{Shown(v)}”; statuses are confirmed, tentative and cancelled.");

        var leadWanted = false;
        foreach (var value in Values(Facet.LeadWanted))
        {
            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                leadWanted = true;
            }
            else if (!string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new FilterProblem(Facet.LeadWanted, Shown(value), $"“{Shown(value)}” is not a value for “lead wanted”; use leadwanted=true."));
            }
        }

        string? text = null;
        var texts = Values(Facet.Text).ToList();
        var joined = string.Join(' ', texts).Trim();
        if (joined.Length > MaxTextLength)
        {
            problems.Add(new FilterProblem(Facet.Text, Shown(joined),
                string.Create(CultureInfo.InvariantCulture, $"The search text is too long ({joined.Length:N0} characters; at most {MaxTextLength}), so it was not applied.")));
        }
        else if (joined.Length > 0)
        {
            text = joined;
        }

        var filter = new ScheduleFilter
        {
            Rooms = rooms,
            Days = days,
            Tracks = tracks,
            Leads = leads,
            Kinds = kinds,
            Statuses = statuses,
            LeadWantedOnly = leadWanted,
            Text = text,
            AllDays = allDays,
        };
        return new ParsedFilter(filter, Capped(problems)) { UsedFormerValues = usedFormer };

        IEnumerable<string> Values(Facet facet) =>
            (values(ParameterName(facet)) ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());

        List<string> Slugs(Facet facet, string noun, Func<string, string?> current) =>
            Parsed<string>(facet, (string v, out string slug) =>
            {
                var given = v.ToLowerInvariant();
                slug = current(given) ?? given;
                usedFormer |= !string.Equals(slug, given, StringComparison.OrdinalIgnoreCase);
                return current(given) is null ? $"There is no {noun} “{Shown(v)}”." : null;
            });

        List<T> Parsed<T>(Facet facet, TryParse<T> parse)
        {
            var result = new List<T>();
            foreach (var value in Values(facet).Distinct(StringComparer.OrdinalIgnoreCase).Where(v => facet != Facet.Day || !IsAllDays(v)))
            {
                if (result.Count == MaxValuesPerFacet)
                {
                    problems.Add(new FilterProblem(facet, Shown(value), $"Only {MaxValuesPerFacet} values of “{ParameterName(facet)}” are applied; the rest were left out."));
                    break;
                }

                var problem = parse(value, out var parsed);
                if (problem is null)
                {
                    if (!result.Contains(parsed))
                    {
                        result.Add(parsed);
                    }
                }
                else
                {
                    problems.Add(new FilterProblem(facet, Shown(value), problem));
                }
            }

            return result;
        }
    }

    /// <summary>
    /// The first problems, and how many more there were: an address full of junk must not fill the page (and every
    /// star form on it) with one line per value.
    /// </summary>
    private static IReadOnlyList<FilterProblem> Capped(List<FilterProblem> problems)
    {
        if (problems.Count <= MaxReportedProblems)
        {
            return problems;
        }

        var more = problems.Count - MaxReportedProblems;
        var summary = new FilterProblem(problems[MaxReportedProblems].Facet, "",
            string.Create(CultureInfo.InvariantCulture, $"… and {more:N0} more {(more == 1 ? "value" : "values")} that could not be applied."));
        return [.. problems.Take(MaxReportedProblems), summary];
    }

    /// <summary>The query string ("?room=windsor-bc&amp;track=keystone") of a filter, or "" for no filter.</summary>
    public static string ToQueryString(ScheduleFilter filter)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in Pairs(filter))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return query.ToString();
    }

    /// <summary>Every (parameter, value) pair of a filter, in URL order.</summary>
    public static IEnumerable<(string Name, string Value)> Pairs(ScheduleFilter filter)
    {
        foreach (var room in filter.Rooms)
        {
            yield return ("room", room);
        }

        foreach (var day in filter.Days)
        {
            yield return ("day", FilterValues.Day(day));
        }

        if (filter.Days.Count == 0 && filter.AllDays)
        {
            yield return ("day", AllDaysValue);
        }

        foreach (var track in filter.Tracks)
        {
            yield return ("track", track);
        }

        foreach (var lead in filter.Leads)
        {
            yield return ("lead", lead);
        }

        foreach (var kind in filter.Kinds)
        {
            yield return ("kind", FilterValues.Kind(kind));
        }

        foreach (var status in filter.Statuses)
        {
            yield return ("status", FilterValues.Status(status));
        }

        if (filter.LeadWantedOnly)
        {
            yield return ("leadwanted", "true");
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            yield return ("q", filter.Text);
        }
    }

    private static bool IsAllDays(string value) => string.Equals(value, AllDaysValue, StringComparison.OrdinalIgnoreCase);

    private static string Shown(string value) =>
        value.Length <= MaxShownValueLength ? value : string.Concat(value.AsSpan(0, MaxShownValueLength), "…");

    private delegate string? TryParse<T>(string value, out T result);
}
