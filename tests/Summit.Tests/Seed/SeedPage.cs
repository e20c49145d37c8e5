using System.Globalization;
using System.Text.RegularExpressions;

namespace Summit.Tests.Seed;

/// <summary>
/// Reads the original public schedule page (as text) into the sessions it lists, so the fidelity tests compare
/// the database with the source rather than with a second hand-typed copy.
/// </summary>
internal static partial class SeedPage
{
    public sealed record Entry(string Title, DateOnly Day, TimeOnly Start, TimeOnly End, string Room, IReadOnlyList<string> Body);

    public static IReadOnlyList<Entry> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Seed", "windsor-bc-grizzly-2012.txt"));
        var entries = new List<Entry>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!SlotHeading().IsMatch(lines[i].Trim()))
            {
                continue;
            }

            var end = i + 1;
            Match range;
            while (!(range = RangeLine().Match(lines[end].Trim())).Success)
            {
                end++;
            }

            var block = lines[(i + 1)..end].SkipWhile(string.IsNullOrWhiteSpace).ToList();
            var day = DateOnly.ParseExact(range.Groups["date"].Value, "MMMM d, yyyy", CultureInfo.InvariantCulture);
            entries.Add(new Entry(
                block[0].Trim(),
                day,
                ParseTime(range.Groups["start"].Value),
                ParseTime(range.Groups["end"].Value),
                lines[end + 1].Trim(),
                block.Skip(1).ToList()));
            i = end + 1;
        }

        return entries;
    }

    /// <summary>The words of a text, in order: what Markdown markup or layout changes cannot alter.</summary>
    public static IReadOnlyList<string> Words(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    private static TimeOnly ParseTime(string value) =>
        TimeOnly.ParseExact(value.ToUpperInvariant(), "h:mmtt", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{1,2}:\d{2}(am|pm) PDT$")]
    private static partial Regex SlotHeading();

    [GeneratedRegex(@"^\w+ (?<date>\w+ \d{1,2}, \d{4}) (?<start>\d{1,2}:\d{2}[ap]m) - (?<end>\d{1,2}:\d{2}[ap]m) PDT$")]
    private static partial Regex RangeLine();

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();
}
