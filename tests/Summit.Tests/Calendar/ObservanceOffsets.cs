using System.Globalization;

namespace Summit.Tests.Calendar;

/// <summary>
/// Reads a calendar's VTIMEZONE the way clients that use it do, sharing no code with the writer or Ical.Net: every
/// observance onset (DTSTART, RDATE, and yearly "nth weekday of a month" RRULEs) is listed, and a wall-clock time takes
/// the TZOFFSETTO of the latest onset at or before it. Rules of another shape are refused rather than guessed.
/// </summary>
internal sealed class ObservanceOffsets
{
    private readonly List<(DateTime Onset, TimeSpan Offset)> _onsets;

    private ObservanceOffsets(List<(DateTime Onset, TimeSpan Offset)> onsets) => _onsets = onsets;

    public static ObservanceOffsets Read(string ics, string tzid)
    {
        var lines = Unfold(ics);
        var begin = lines.IndexOf("BEGIN:VTIMEZONE");
        while (begin >= 0 && lines[begin + 1] != $"TZID:{tzid}")
        {
            begin = lines.IndexOf("BEGIN:VTIMEZONE", begin + 1);
        }

        Assert.True(begin >= 0, $"The calendar has no VTIMEZONE for {tzid}.");
        var end = lines.IndexOf("END:VTIMEZONE", begin);
        var onsets = new List<(DateTime, TimeSpan)>();
        var observance = new Dictionary<string, List<string>>();
        foreach (var line in lines[(begin + 1)..end])
        {
            if (line is "BEGIN:STANDARD" or "BEGIN:DAYLIGHT")
            {
                observance.Clear();
            }
            else if (line is "END:STANDARD" or "END:DAYLIGHT")
            {
                onsets.AddRange(OnsetsOf(observance));
            }
            else
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var name = line[..colon].Split(';')[0];
                if (!observance.TryGetValue(name, out var values))
                {
                    observance[name] = values = [];
                }

                values.Add(line[(colon + 1)..]);
            }
        }

        return new ObservanceOffsets([.. onsets.OrderBy(o => o.Item1)]);
    }

    /// <summary>The UTC offset the VTIMEZONE gives this wall-clock time, or null when no observance has begun by then.</summary>
    public TimeSpan? OffsetAt(DateTime local)
    {
        var inForce = _onsets.LastOrDefault(o => o.Onset <= local);
        return inForce == default ? null : inForce.Offset;
    }

    private static IEnumerable<(DateTime, TimeSpan)> OnsetsOf(Dictionary<string, List<string>> observance)
    {
        var start = ParseLocal(observance["DTSTART"].Single());
        var offset = ParseOffset(observance["TZOFFSETTO"].Single());
        yield return (start, offset);
        foreach (var rdate in observance.GetValueOrDefault("RDATE", []).SelectMany(v => v.Split(',')))
        {
            yield return (ParseLocal(rdate), offset);
        }

        foreach (var rule in observance.GetValueOrDefault("RRULE", []))
        {
            foreach (var onset in Yearly(rule, start))
            {
                yield return (onset, offset);
            }
        }
    }

    /// <summary>FREQ=YEARLY;BYMONTH=m;BYDAY=nDD (n may be negative), optionally with UNTIL, up to 2100.</summary>
    private static IEnumerable<DateTime> Yearly(string rule, DateTime start)
    {
        var parts = rule.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.True(parts.Keys.All(k => k is "FREQ" or "BYMONTH" or "BYDAY" or "UNTIL") && parts["FREQ"] == "YEARLY", $"This check cannot read RRULE:{rule}");
        var month = int.Parse(parts["BYMONTH"], CultureInfo.InvariantCulture);
        var byDay = parts["BYDAY"];
        var nth = int.Parse(byDay[..^2], CultureInfo.InvariantCulture);
        var weekday = Array.IndexOf(["SU", "MO", "TU", "WE", "TH", "FR", "SA"], byDay[^2..]);
        var until = parts.TryGetValue("UNTIL", out var u) ? ParseLocal(u.TrimEnd('Z')) : new DateTime(2100, 1, 1);
        for (var year = start.Year + 1; year < 2100; year++)
        {
            var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month))
                .Select(d => new DateTime(year, month, d))
                .Where(d => (int)d.DayOfWeek == weekday)
                .ToList();
            var day = nth > 0 ? days[nth - 1] : days[^-nth];
            var onset = day + start.TimeOfDay;
            if (onset > until)
            {
                yield break;
            }

            yield return onset;
        }
    }

    private static DateTime ParseLocal(string value) =>
        DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static TimeSpan ParseOffset(string value)
    {
        var sign = value[0] == '-' ? -1 : 1;
        var digits = value[1..];
        var seconds = (int.Parse(digits[..2], CultureInfo.InvariantCulture) * 3600)
            + (int.Parse(digits[2..4], CultureInfo.InvariantCulture) * 60)
            + (digits.Length > 4 ? int.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0);
        return TimeSpan.FromSeconds(sign * seconds);
    }

    private static List<string> Unfold(string ics)
    {
        var lines = new List<string>();
        foreach (var line in ics.Split("\r\n"))
        {
            if (line.StartsWith(' ') && lines.Count > 0)
            {
                lines[^1] += line[1..];
            }
            else if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
