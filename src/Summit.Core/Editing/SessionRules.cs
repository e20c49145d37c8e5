using System.Text;
using System.Text.RegularExpressions;

namespace Summit.Core.Editing;

/// <summary>The checks a session must pass before it is saved; each failure names its field and says what to do.</summary>
public static partial class SessionRules
{
    public const int MaxTitle = 300;
    public const int MaxSlug = 200;
    public const int MaxDescription = 50_000;
    public const int MaxSubjects = 12;
    public const int MaxLeads = 10;

    public static IReadOnlyDictionary<string, string[]> Validate(SessionDraft draft, ScheduleFacts facts)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            Fail(nameof(draft.Title), "Give the session a title.");
        }
        else if (draft.Title.Length > MaxTitle)
        {
            Fail(nameof(draft.Title), $"Keep the title under {MaxTitle} characters.");
        }

        if (!SlugPattern().IsMatch(draft.Slug) || draft.Slug.Length > MaxSlug)
        {
            Fail(nameof(draft.Slug), "Use lowercase letters, digits and single hyphens, such as keystone-internals.");
        }
        else if (facts.SlugsInUse.Contains(draft.Slug))
        {
            Fail(nameof(draft.Slug), $"Another session already has the address /sessions/{draft.Slug}.");
        }

        if (draft.Description.Length > MaxDescription)
        {
            Fail(nameof(draft.Description), $"Keep the description under {MaxDescription:N0} characters.");
        }

        CheckPlace(draft, facts, Fail);

        if (draft.TrackId is { } track && !facts.TrackIds.Contains(track))
        {
            Fail(nameof(draft.TrackId), "That track no longer exists. Choose another.");
        }

        if (draft.Leads.Count > MaxLeads)
        {
            Fail(nameof(draft.Leads), $"A session has at most {MaxLeads} leads.");
        }

        foreach (var lead in draft.Leads)
        {
            if (lead.PersonId is { } id && !facts.PersonIds.Contains(id))
            {
                Fail(nameof(draft.Leads), "One of the leads no longer exists. Pick them again.");
            }
            else if (lead.PersonId is null && string.IsNullOrWhiteSpace(lead.NewPersonName))
            {
                Fail(nameof(draft.Leads), "Give each new lead a name.");
            }
        }

        var people = draft.Leads.Select(l => l.PersonId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? l.NewPersonName?.Trim().ToLowerInvariant()).ToList();
        if (people.Count != people.Distinct().Count())
        {
            Fail(nameof(draft.Leads), "Each person leads a session once.");
        }

        if (draft.Kind == SessionKind.Split && draft.Subjects.Count < 2)
        {
            Fail(nameof(draft.Subjects), "A split session shares its slot between at least two subjects.");
        }

        if (draft.Subjects.Count > MaxSubjects)
        {
            Fail(nameof(draft.Subjects), $"A session has at most {MaxSubjects} subjects.");
        }

        if (draft.Subjects.Any(s => string.IsNullOrWhiteSpace(s.Title)))
        {
            Fail(nameof(draft.Subjects), "Give every subject a title.");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>
    /// A room and a slot, both existing and free, or neither (unscheduled). One without the other would be a session
    /// on the schedule with no time or no place, which no page could show.
    /// </summary>
    private static void CheckPlace(SessionDraft draft, ScheduleFacts facts, Action<string, string> fail)
    {
        if (draft.RoomId is not { } room || draft.TimeSlotId is not { } slot)
        {
            if (draft.TimeSlotId is not null)
            {
                fail(nameof(draft.RoomId), "Choose a room too, or make the session unscheduled.");
            }
            else if (draft.RoomId is not null)
            {
                fail(nameof(draft.TimeSlotId), "Choose a time slot too, or make the session unscheduled.");
            }

            return;
        }

        if (!facts.RoomIds.Contains(room))
        {
            fail(nameof(draft.RoomId), "Choose a room.");
        }

        if (!facts.SlotIds.Contains(slot))
        {
            fail(nameof(draft.TimeSlotId), "Choose a time slot.");
        }
        else if (facts.TakenPlaces.TryGetValue((room, slot), out var other))
        {
            fail(nameof(draft.TimeSlotId), $"“{other}” is already in this room at this time. Choose a free slot.");
        }
    }

    /// <summary>A URL-safe slug from a title: "Keystone V3 api - draft" gives "keystone-v3-api-draft".</summary>
    public static string SlugFrom(string title)
    {
        var folded = title.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > MaxSlug)
        {
            result = result[..MaxSlug].TrimEnd('-');
        }

        return result.Length == 0 ? "session" : result;
    }

    /// <summary>The slug, or the slug with "-2", "-3"… when it is taken.</summary>
    public static string UniqueSlug(string slug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
