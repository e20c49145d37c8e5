using System.Globalization;
using System.Text.RegularExpressions;

namespace Summit.Core.Import.Reading;

/// <summary>
/// Reads a CSV's day column: "2012-10-15", "15.10.2012", "15 Oct 2012", "October 15, 2012", and "15/10/2012" or
/// "10/15/2012". Whether slashed dates put the day or the month first is decided for the whole column from a date
/// that can only be read one way (15/10 or 10/15); a column where every such date could be either is refused rather
/// than guessed, since a wrong guess moves sessions to other days without a word.
/// </summary>
internal sealed partial class CsvDates
{
    private static readonly string[] NamedFormats =
    [
        "d MMM yyyy", "d MMMM yyyy", "d-MMM-yyyy", "d-MMM-yy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy",
        "ddd d MMM yyyy", "dddd d MMMM yyyy", "ddd, d MMM yyyy", "dddd, d MMMM yyyy", "ddd, MMM d, yyyy", "dddd, MMMM d, yyyy",
    ];

    private readonly bool _dayFirst;

    private CsvDates(bool dayFirst) => _dayFirst = dayFirst;

    /// <summary>How the column's slashed dates read, or throws <see cref="ImportRefusal"/> when they cannot be told apart.</summary>
    public static CsvDates For(IEnumerable<string> values)
    {
        string? dayFirst = null, monthFirst = null, ambiguous = null;
        foreach (var value in values)
        {
            var match = Slashed().Match(value.Trim());
            if (!match.Success)
            {
                continue;
            }

            var a = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var b = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            if (a > 12 && b <= 12)
            {
                dayFirst ??= value.Trim();
            }
            else if (b > 12 && a <= 12)
            {
                monthFirst ??= value.Trim();
            }
            else if (a != b)
            {
                ambiguous ??= value.Trim();
            }
        }

        if (dayFirst is not null && monthFirst is not null)
        {
            throw new ImportRefusal($"The day column mixes day/month/year ({dayFirst}) and month/day/year ({monthFirst}). Write every date as year-month-day (2012-10-15) and import again.");
        }

        if (dayFirst is null && monthFirst is null && ambiguous is not null)
        {
            throw new ImportRefusal($"The dates in the day column, such as {ambiguous}, could be day/month/year or month/day/year. Write them as year-month-day (2012-10-15) and import again.");
        }

        return new CsvDates(dayFirst is not null || monthFirst is null);
    }

    public bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var value = text.Trim();
        if (Iso().Match(value) is { Success: true } iso)
        {
            return TryDate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out date);
        }

        if (Dotted().Match(value) is { Success: true } dotted)
        {
            return TryDate(dotted.Groups["y"].Value, dotted.Groups["m"].Value, dotted.Groups["d"].Value, out date);
        }

        if (Slashed().Match(value) is { Success: true } slashed)
        {
            var (day, month) = _dayFirst ? (slashed.Groups["a"].Value, slashed.Groups["b"].Value) : (slashed.Groups["b"].Value, slashed.Groups["a"].Value);
            return TryDate(slashed.Groups["y"].Value, month, day, out date);
        }

        return DateOnly.TryParseExact(value, NamedFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        y = year.Length == 2 ? 2000 + y : y;
        date = default;
        if (m is < 1 or > 12 || y is < 1 or > 9999 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?<a>\d{1,2})[/-](?<b>\d{1,2})[/-](?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();
}
