using System.Globalization;
using System.Text;

namespace Summit.Core.Generation;

/// <summary>
/// Makes a synthetic design-summit schedule of any size, for benchmarks, load tests and demos: an event in
/// America/Los_Angeles from 2012-10-15, rooms, twelve tracks, people leading sessions, split, half and merged
/// sessions, tentative and cancelled ones, and Markdown descriptions as long as real ones (with a few accented
/// words, so accent-insensitive search has something to find).
/// </summary>
/// <remarks>
/// The output depends only on the options: every random choice comes from one <see cref="Random"/> seeded with
/// <see cref="GeneratorOptions.Seed"/>, and nothing reads the clock or the culture.
/// </remarks>
public static class ScheduleGenerator
{
    /// <summary>The most slots a day can hold: slots start at 09:00, end before midnight and last at least a minute.</summary>
    public const int MaxSlotsPerDay = 450;

    internal const string TimeZoneId = "America/Los_Angeles";
    internal const int DayStartMinute = 9 * 60;
    internal const int DayWindowMinutes = (24 * 60) - DayStartMinute;
    internal const int SessionMinutes = 40;
    internal const int BreakMinutes = 10;
    internal const int MaxRooms = 10_000;
    internal const int MaxDays = 366;
    internal const int MinDescriptionLength = 600;
    internal const int MaxDescriptionLength = 1500;

    internal static readonly DateOnly FirstDay = new(2012, 10, 15);
    internal static readonly DateTime PublishedUtc = new(2012, 10, 12, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Generates a schedule of <see cref="GeneratorOptions.Sessions"/> sessions over <see cref="GeneratorOptions.Rooms"/>
    /// rooms and <see cref="GeneratorOptions.Days"/> days, in schedule order, with unique ids and slugs and at most one
    /// session per room and slot.
    /// </summary>
    /// <remarks>
    /// Each day has <c>ceil(sessions / (rooms × days))</c> slots from 09:00: 40 minutes with 10-minute breaks while
    /// they fit before midnight (18 a day), otherwise evenly shorter slots (four fifths session, one fifth break).
    /// When there are more room slots than sessions, the empty ones are picked at random.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is out of range, or the sessions need more than <see cref="MaxSlotsPerDay"/> slots a day.
    /// </exception>
    public static PublishedSchedule Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Sessions);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Rooms, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Rooms, MaxRooms);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Days, MaxDays);

        var roomDays = options.Rooms * options.Days;
        var slotsPerDay = (int)(((long)options.Sessions + roomDays - 1) / roomDays);
        if (slotsPerDay > MaxSlotsPerDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                string.Create(CultureInfo.InvariantCulture, $"{options.Sessions} sessions need {slotsPerDay} slots a day in {options.Rooms} rooms over {options.Days} days; at most {MaxSlotsPerDay} fit. Add rooms or days."));
        }

        return new SessionComposer(options, slotsPerDay).Build();
    }

    /// <summary>The start and end of each slot of a day, from 09:00.</summary>
    internal static (TimeOnly Start, TimeOnly End)[] SlotTimes(int slotsPerDay)
    {
        if (slotsPerDay == 0)
        {
            return [];
        }

        var cadence = Math.Min(SessionMinutes + BreakMinutes, DayWindowMinutes / slotsPerDay);
        var length = cadence == SessionMinutes + BreakMinutes ? SessionMinutes : cadence * 4 / 5;
        var slots = new (TimeOnly, TimeOnly)[slotsPerDay];
        for (var i = 0; i < slotsPerDay; i++)
        {
            var start = DayStartMinute + (i * cadence);
            slots[i] = (AtMinute(start), AtMinute(start + length));
        }

        return slots;
    }

    internal static TimeOnly AtMinute(int minute) => new(minute / 60, minute % 60);

    /// <summary>A URL slug: lower-case ASCII letters and digits joined by hyphens ("Café réseau" gives "cafe-reseau").</summary>
    internal static string Slugify(string text, int maxLength)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(lower);
            }
            else if (lower is 'ø')
            {
                slug.Append('o');
            }
            else if (lower is 'ł')
            {
                slug.Append('l');
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        if (result.Length > maxLength)
        {
            var cut = result.LastIndexOf('-', maxLength);
            result = result[..(cut > 0 ? cut : maxLength)];
        }

        return result.Length == 0 ? "item" : result;
    }

    internal static string Capitalize(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

}
