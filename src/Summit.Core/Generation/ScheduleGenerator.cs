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

    private const string TimeZoneId = "America/Los_Angeles";
    private const int DayStartMinute = 9 * 60;
    private const int DayWindowMinutes = (24 * 60) - DayStartMinute;
    private const int SessionMinutes = 40;
    private const int BreakMinutes = 10;
    private const int MaxRooms = 10_000;
    private const int MaxDays = 366;
    private const int MinDescriptionLength = 600;
    private const int MaxDescriptionLength = 1500;

    private static readonly DateOnly FirstDay = new(2012, 10, 15);
    private static readonly DateTime PublishedUtc = new(2012, 10, 12, 0, 0, 0, DateTimeKind.Utc);

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

        return new Builder(options, slotsPerDay).Build();
    }

    /// <summary>The start and end of each slot of a day, from 09:00.</summary>
    private static (TimeOnly Start, TimeOnly End)[] SlotTimes(int slotsPerDay)
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

    private static TimeOnly AtMinute(int minute) => new(minute / 60, minute % 60);

    /// <summary>A URL slug: lower-case ASCII letters and digits joined by hyphens ("Café réseau" gives "cafe-reseau").</summary>
    private static string Slugify(string text, int maxLength)
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

    private static string Capitalize(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>One generation run: the random source and the slugs handed out so far.</summary>
    private sealed class Builder(GeneratorOptions options, int slotsPerDay)
    {
        private readonly Random _random = new(options.Seed);
        private readonly HashSet<string> _sessionSlugs = new(StringComparer.Ordinal);

        public PublishedSchedule Build()
        {
            var days = Enumerable.Range(0, options.Days).Select(FirstDay.AddDays).ToList();
            var rooms = Rooms();
            var tracks = Words.Tracks.Select(t => new NamedRef(t.Slug, t.Name)).ToList();
            var people = People();
            var slots = SlotTimes(slotsPerDay);

            var sessions = new List<ScheduledSession>(options.Sessions);
            foreach (var cell in Cells())
            {
                var day = cell / (slotsPerDay * options.Rooms);
                var slot = cell / options.Rooms % slotsPerDay;
                var room = cell % options.Rooms;
                sessions.Add(Session(sessions.Count + 1, days[day], day, slots[slot], rooms[room], room, people));
            }

            var info = new EventInfo(
                "OpenStack Summit Fall 2012 (synthetic)",
                "Grizzly Design Summit",
                "Manchester Grand Hyatt, San Diego",
                TimeZoneId,
                FirstDay,
                days[^1],
                string.Create(CultureInfo.InvariantCulture, $"A generated schedule of {options.Sessions:N0} sessions in {options.Rooms} rooms over {options.Days} days, for benchmarks and demos."),
                null,
                null);

            var peopleByName = people.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
            return new PublishedSchedule(info, days, rooms, tracks, peopleByName, [.. ScheduleOrder.Sort(sessions)]);
        }

        /// <summary>The (day, slot, room) cells that get a session, as indexes in schedule order.</summary>
        private int[] Cells()
        {
            var cellCount = options.Days * slotsPerDay * options.Rooms;
            var cells = Enumerable.Range(0, cellCount).ToArray();
            if (cellCount == options.Sessions)
            {
                return cells;
            }

            // A partial shuffle picks which cells stay empty; the kept ones go back into schedule order.
            for (var i = 0; i < options.Sessions; i++)
            {
                var j = _random.Next(i, cellCount);
                (cells[i], cells[j]) = (cells[j], cells[i]);
            }

            var kept = cells[..options.Sessions];
            Array.Sort(kept);
            return kept;
        }

        private List<NamedRef> Rooms()
        {
            var rooms = new List<NamedRef>(options.Rooms);
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < options.Rooms; i++)
            {
                var name = i < Words.RoomNames.Length
                    ? Words.RoomNames[i]
                    : string.Create(CultureInfo.InvariantCulture, $"Room {i + 1}");
                rooms.Add(new NamedRef(Unique(Slugify(name, 100), slugs), name));
            }

            return rooms;
        }

        /// <summary>A pool of about one person per four sessions, with distinct names while the name lists last.</summary>
        private List<NamedRef> People()
        {
            var count = options.Sessions == 0 ? 0 : Math.Max(1, options.Sessions / 4);
            var combinations = Words.FirstNames.Length * Words.LastNames.Length;
            var order = Enumerable.Range(0, combinations).ToArray();
            _random.Shuffle(order);

            var people = new List<NamedRef>(count);
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var combination = order[i % combinations];
                var round = i / combinations;
                var first = Words.FirstNames[combination / Words.LastNames.Length];
                var last = Words.LastNames[combination % Words.LastNames.Length];

                // Some people go by their IRC nick, as on the real schedule ("garyk").
                var name = _random.NextDouble() < 0.1
                    ? first.ToLowerInvariant() + char.ToLowerInvariant(last[0])
                    : round == 0
                        ? $"{first} {last}"
                        : $"{first} {(char)('A' + ((round - 1) % 26))}. {last}";
                people.Add(new NamedRef(Unique(Slugify(name, 90), slugs), name));
            }

            return people;
        }

        private ScheduledSession Session(
            int id, DateOnly day, int dayIndex, (TimeOnly Start, TimeOnly End) slot, NamedRef room, int roomIndex, List<NamedRef> people)
        {
            var track = Track(roomIndex, dayIndex);
            var topics = Shuffled(track.Topics);
            var context = new Context(track.Name, track.Slug, topics[0], topics[1], Pick(Words.Goals));

            var kindRoll = _random.NextDouble();
            var (kind, subjectCount) = kindRoll switch
            {
                < 0.08 => (SessionKind.Split, _random.NextDouble() < 0.6 ? 2 : 3),
                < 0.12 => (SessionKind.Half, 0),
                < 0.15 => (SessionKind.Regular, 1), // merged: another session's subject shares this one
                _ => (SessionKind.Regular, 0),
            };

            var statusRoll = _random.NextDouble();
            var status = statusRoll switch
            {
                < 0.05 => SessionStatus.Tentative,
                < 0.07 => SessionStatus.Cancelled,
                _ => SessionStatus.Confirmed,
            };

            var leadRoll = _random.NextDouble();
            var leads = leadRoll < 0.25 && people.Count > 0 ? Leads(people) : [];
            var leadWanted = leadRoll is >= 0.25 and < 0.28;
            var openForOnDemand = _random.NextDouble() < 0.05;

            var (title, slug) = UniqueTitle(Title(context));
            var description = Description(context, slug);

            var subjects = new List<SubjectInfo>(subjectCount);
            for (var i = 0; i < subjectCount; i++)
            {
                var subjectTopic = i < topics.Length ? topics[i] : Pick(topics);
                var subjectContext = context with { Topic = subjectTopic, Topic2 = topics[(i + 1) % topics.Length] };
                subjects.Add(new SubjectInfo(Title(subjectContext), SubjectDescription(subjectContext)));
            }

            return new ScheduledSession(
                id,
                StableGuid.From($"generated/{slug}"),
                slug,
                title,
                description,
                day,
                slot.Start,
                slot.End,
                room,
                roomIndex,
                new NamedRef(track.Slug, track.Name),
                kind,
                status,
                leadWanted,
                openForOnDemand,
                0,
                PublishedUtc,
                leads,
                subjects);
        }

        /// <summary>Rooms mostly host a home track that moves each day, as summit organizers group tracks.</summary>
        private TrackWords Track(int roomIndex, int dayIndex)
        {
            if (_random.NextDouble() < 0.6)
            {
                return Words.Tracks[(roomIndex + dayIndex) % Words.Tracks.Length];
            }

            var roll = _random.Next(Words.TotalTrackWeight);
            foreach (var track in Words.Tracks)
            {
                roll -= track.Weight;
                if (roll < 0)
                {
                    return track;
                }
            }

            return Words.Tracks[^1];
        }

        private List<LeadInfo> Leads(List<NamedRef> people)
        {
            var count = people.Count > 1 && _random.NextDouble() < 0.3 ? 2 : 1;
            var leads = new List<LeadInfo>(count);
            while (leads.Count < count)
            {
                var person = Pick(people);
                if (leads.TrueForAll(l => l.Slug != person.Slug))
                {
                    leads.Add(new LeadInfo(person.Slug, person.Name, _random.NextDouble() < 0.1));
                }
            }

            return leads;
        }

        /// <summary>A title built from a core ("Improving the scheduler") and an optional qualifier (" for operators").</summary>
        private string Title(Context c)
        {
            var core = _random.Next(20) switch
            {
                < 8 => $"{Pick(Words.TitleVerbs)} {c.Topic}",
                < 15 => $"{Capitalize(c.Topic)} and {c.Topic2}",
                < 18 => $"{c.Project}: {c.Topic}",
                _ => Capitalize(c.Topic),
            };
            var qualifier = _random.Next(10) switch
            {
                < 4 => $" for {c.Goal}",
                < 7 when !core.Contains(':', StringComparison.Ordinal) => $": {Pick(Words.TitleEndings)}",
                7 => " in Grizzly",
                8 when !core.StartsWith(c.Project, StringComparison.Ordinal) => $" in {c.Project}",
                _ => "",
            };
            return core + qualifier;
        }

        /// <summary>A title and slug no other session has: a repeated title becomes its next part, as summits do.</summary>
        private (string Title, string Slug) UniqueTitle(string title)
        {
            var slug = Slugify(title, 80);
            if (_sessionSlugs.Add(slug))
            {
                return (title, slug);
            }

            for (var part = 2; ; part++)
            {
                var candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-part-{part}");
                if (_sessionSlugs.Add(candidate))
                {
                    return (string.Create(CultureInfo.InvariantCulture, $"{title} (part {part})"), candidate);
                }
            }
        }

        /// <summary>2 to 4 paragraphs, a bullet list, sometimes a numbered plan and a link: 600 to 1,500 characters.</summary>
        private string Description(Context c, string slug)
        {
            var middle = new Queue<string>(Shuffled(Words.MiddleSentences));
            var paragraphs = new List<List<string>>();
            var paragraphCount = 2 + _random.Next(3);
            for (var p = 0; p < paragraphCount; p++)
            {
                var sentences = new List<string>();
                if (p == 0)
                {
                    sentences.Add(Pick(Words.OpeningSentences));
                }

                var extra = 1 + _random.Next(p == 0 ? 2 : 3);
                for (var s = 0; s < extra && middle.Count > 0; s++)
                {
                    sentences.Add(middle.Dequeue());
                }

                if (p == paragraphCount - 1 && _random.NextDouble() < 0.6)
                {
                    sentences.Add(Pick(Words.ClosingSentences));
                }

                paragraphs.Add(sentences);
            }

            var bullets = Shuffled(Words.BulletItems)[..(3 + _random.Next(4))].ToList();
            var bulletLead = Pick(Words.BulletLeads);
            var steps = _random.NextDouble() < 0.35 ? Shuffled(Words.PlanSteps)[..(2 + _random.Next(3))].ToList() : null;
            var link = _random.NextDouble() < 0.4 ? Link(c, slug) : null;

            var text = Render(paragraphs, bulletLead, bullets, steps, link, c);
            while (text.Length < MinDescriptionLength && middle.Count > 0)
            {
                paragraphs[_random.Next(paragraphs.Count)].Add(middle.Dequeue());
                text = Render(paragraphs, bulletLead, bullets, steps, link, c);
            }

            while (text.Length > MaxDescriptionLength)
            {
                var longest = paragraphs.MaxBy(p => p.Count)!;
                if (longest.Count > 1)
                {
                    longest.RemoveAt(longest.Count - 1);
                }
                else if (bullets.Count > 3)
                {
                    bullets.RemoveAt(bullets.Count - 1);
                }
                else if (steps is not null)
                {
                    steps = null;
                }
                else if (link is not null)
                {
                    link = null;
                }
                else
                {
                    break;
                }

                text = Render(paragraphs, bulletLead, bullets, steps, link, c);
            }

            return text;
        }

        private string SubjectDescription(Context c)
        {
            var sentences = Shuffled(Words.MiddleSentences)[..(1 + _random.Next(2))];
            var text = new StringBuilder(Fill(Pick(Words.OpeningSentences), c));
            foreach (var sentence in sentences)
            {
                text.Append(' ').Append(Fill(sentence, c));
            }

            if (_random.NextDouble() < 0.4)
            {
                text.Append("\n\n");
                foreach (var item in Shuffled(Words.BulletItems)[..(2 + _random.Next(2))])
                {
                    text.Append("- ").Append(Fill(item, c)).Append('\n');
                }
            }

            return text.ToString().TrimEnd('\n');
        }

        private string Link(Context c, string slug) => _random.Next(3) switch
        {
            0 => $"Blueprint: https://example.org/blueprints/{c.ProjectSlug}/{slug}",
            1 => $"Etherpad: https://example.org/etherpad/grizzly-{c.ProjectSlug}-{slug}",
            _ => string.Create(CultureInfo.InvariantCulture, $"Background: [the mailing list thread](https://example.org/lists/openstack-dev/2012-{_random.Next(7, 11):D2}/{_random.Next(1000, 9999)}.html)"),
        };

        private static string Render(
            List<List<string>> paragraphs, string bulletLead, List<string> bullets, List<string>? steps, string? link, Context c)
        {
            var text = new StringBuilder(MaxDescriptionLength + 200);
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if (p > 0)
                {
                    text.Append("\n\n");
                }

                text.AppendJoin(' ', paragraphs[p].Select(s => Fill(s, c)));
                if (p == 0)
                {
                    text.Append("\n\n").Append(bulletLead).Append("\n\n");
                    text.AppendJoin('\n', bullets.Select(b => "- " + Fill(b, c)));
                }
                else if (p == 1 && steps is not null)
                {
                    text.Append("\n\nProposed plan:\n\n");
                    text.AppendJoin('\n', steps.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}) {Fill(s, c)}")));
                }
            }

            if (link is not null)
            {
                text.Append("\n\n").Append(link);
            }

            return text.ToString();
        }

        private static string Fill(string template, Context c) =>
            template
                .Replace("{Topic}", Capitalize(c.Topic), StringComparison.Ordinal)
                .Replace("{topic}", c.Topic, StringComparison.Ordinal)
                .Replace("{topic2}", c.Topic2, StringComparison.Ordinal)
                .Replace("{project}", c.Project, StringComparison.Ordinal)
                .Replace("{goal}", c.Goal, StringComparison.Ordinal);

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private T[] Shuffled<T>(T[] items)
        {
            var copy = (T[])items.Clone();
            _random.Shuffle(copy);
            return copy;
        }

        private static string Unique(string slug, HashSet<string> used)
        {
            if (used.Add(slug))
            {
                return slug;
            }

            for (var n = 2; ; n++)
            {
                var candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
                if (used.Add(candidate))
                {
                    return candidate;
                }
            }
        }
    }

    /// <summary>What one session's text is about.</summary>
    private sealed record Context(string Project, string ProjectSlug, string Topic, string Topic2, string Goal);

    private sealed record TrackWords(string Slug, string Name, int Weight, string[] Topics);

    /// <summary>The word lists titles, descriptions, rooms and names are composed from.</summary>
    private static class Words
    {
        public static readonly TrackWords[] Tracks =
        [
            new("quantum", "Quantum", 14, ["L3 agent", "floating IPs", "security groups", "overlapping IPs", "load balancing as a service", "provider networks", "the metadata proxy", "the OVS plugin", "réseau overlays", "IPv6 subnets", "the DHCP agent", "VPN as a service", "network namespaces"]),
            new("nova", "Nova", 18, ["the scheduler", "cells", "live migration", "the compute API v3", "hypervisor drivers", "instance resize", "quota handling", "the conductor service", "bare metal provisioning", "instance metadata", "the database API", "host aggregates", "rescue mode", "console access"]),
            new("keystone", "Keystone", 9, ["token revocation", "PKI tokens", "domains", "trusts and delegation", "the LDAP backend", "the policy engine", "the service catalog", "the v3 API", "multi-factor authentication", "federated identity", "credential storage", "token expiry"]),
            new("glance", "Glance", 6, ["image caching", "image upload", "multiple image locations", "the v2 API", "image properties", "store drivers", "image replication", "image sharing", "the registry service", "image conversion"]),
            new("swift", "Swift", 9, ["object replication", "storage policies", "container sync", "large objects", "rate limiting", "the ring builder", "erasure coding", "account quotas", "the object auditor", "static websites", "cross-domain requests"]),
            new("horizon", "Horizon", 7, ["dashboard panels", "role-based views", "internationalization", "JavaScript tests", "the network topology view", "panel usability", "the café-style quick launch", "session handling", "the angular migration", "theming"]),
            new("cinder", "Cinder", 8, ["volume snapshots", "volume types", "the backup service", "multiple backends", "scheduler filters", "volume drivers", "volume migration", "volume encryption", "quality of service", "boot from volume"]),
            new("heat", "Heat", 6, ["orchestration templates", "autoscaling", "CloudFormation compatibility", "stack updates", "resource plugins", "the HOT template format", "stack rollback", "nested stacks", "software configuration"]),
            new("ceilometer", "Ceilometer", 6, ["the metering pipeline", "alarms", "billing integration", "sample storage", "polling agents", "meter naming", "the collector", "notification handling", "the statistics API"]),
            new("devstack", "Devstack", 4, ["gate jobs", "multi-node setups", "plugin hooks", "local configuration", "exercise scripts", "service restarts", "distribution support"]),
            new("infra", "Infrastructure", 6, ["CI gating", "the Gerrit workflow", "Jenkins jobs", "package mirrors", "recheck tracking", "Zuul pipelines", "log collection", "the bug tracker"]),
            new("docs", "Documentation", 5, ["the install guide", "the API reference", "the operations manual", "doc tooling", "translations", "release notes", "the security guide", "the user guide"]),
        ];

        public static readonly int TotalTrackWeight = Tracks.Sum(t => t.Weight);

        public static readonly string[] RoomNames =
        [
            "Windsor BC", "Emma AB", "Emma C", "Annie AB", "Annie C", "Maggie", "Elizabeth AB", "Elizabeth C",
            "Edward AB", "Edward C", "Harbor AB", "Harbor C", "Seaport ABC", "Seaport DE", "Grand Hall A",
            "Grand Hall B", "Grand Hall C", "Grand Hall D", "Mission Beach", "Ocean Beach", "Coronado", "Del Mar",
            "Torrey Pines", "La Jolla", "Balboa", "Gaslamp", "Marina", "Point Loma", "Café Terrace", "Salón Cabrillo",
        ];

        public static readonly string[] FirstNames =
        [
            "José", "François", "Zoë", "Renée", "Søren", "Ana", "Chmouel", "Thierry", "Vish", "Russell", "Jay",
            "Dan", "Mark", "Monty", "Kiall", "Joe", "Brian", "Gary", "Salvatore", "Akihiro", "Yuriy", "Lorin",
            "Anne", "Sean", "Jesse", "Dolph", "Adam", "Henry", "Mei", "Priya", "Olga", "Ingrid", "Björn", "Élodie",
            "Łukasz", "Chiara", "Tomás", "Aiko", "Kwame", "Fatima", "Nadia", "Ravi",
        ];

        public static readonly string[] LastNames =
        [
            "Núñez", "Müller", "García", "Dubois", "Lefèvre", "Nakamura", "Okafor", "Kowalski", "Rossi", "Smith",
            "Johnson", "Brown", "Taylor", "Martin", "Chen", "Wang", "Kumar", "Patel", "Ivanova", "Andersen",
            "Lindqvist", "O'Brien", "Fernández", "Moreau", "Schröder", "Haddad", "Silva", "Costa", "Novak",
            "Horváth", "Yilmaz", "Kim", "Park", "Tanaka", "Walsh", "Murphy", "Bernard", "Ferreira", "Jensen", "Nowak",
        ];

        public static readonly string[] Goals =
        [
            "large deployments", "multi-region clouds", "operators", "high availability", "public clouds",
            "the Grizzly release", "upgrades without downtime", "better performance", "tenant isolation",
            "small private clouds", "service providers",
        ];

        public static readonly string[] TitleVerbs =
        [
            "Improving", "Rethinking", "Scaling", "Testing", "Securing", "Simplifying", "Documenting",
            "Deprecating", "Stabilizing", "Extending", "Refactoring", "Measuring", "Hardening",
        ];

        public static readonly string[] TitleEndings =
        [
            "status and next steps", "what went wrong in Folsom", "requirements from operators",
            "design review", "open questions", "a proposal", "lessons learned", "pain points", "a status report",
            "API design", "testing gaps", "scaling limits", "the road to Havana",
        ];

        public static readonly string[] OpeningSentences =
        [
            "Today {topic} in {project} works for small clouds, but it falls apart for {goal}.",
            "During Folsom several people hit the same problems with {topic}, and we never agreed on a design.",
            "This session proposes a plan for {topic} that we can land early in the Grizzly cycle.",
            "The current code for {topic} grew without a clear owner; we want to agree on who maintains it and how.",
            "Operators keep asking for changes to {topic}, especially those running {goal}.",
            "We would like to compare the approaches proposed on the mailing list for {topic} and pick one.",
            "Work on {topic} tops the {project} wish list in the user survey, ahead of everything else.",
        ];

        public static readonly string[] MiddleSentences =
        [
            "The main open question is how {topic} should interact with {topic2}.",
            "A naïve implementation would lock the database for every request, which is not acceptable at scale.",
            "Part of the work is already in review, but it needs agreement from the {project} core team before it can merge.",
            "The réseau team in Paris prototyped an alternative and will share their numbers from a 500-node lab.",
            "We also need to decide what stays in {project} and what moves to a shared library in oslo.",
            "Backwards compatibility matters: existing deployments must upgrade without manual steps or data loss.",
            "Please bring your use cases; the hallway café discussions at the last summit were not enough to settle this.",
            "The façade we expose to users should stay stable while the internals change underneath it.",
            "Some of this overlaps with {topic2}, so people from both teams should attend and speak up.",
            "The rôle of the operator versus the tenant is still unclear in the current design and needs a decision.",
            "Several companies run patched versions in production today, and we want those patches upstream instead.",
            "The existing unit tests mock too much, so regressions in {topic} keep slipping through the gate.",
            "Performance degrades quickly past a few thousand instances, mostly because of chatty RPC calls.",
            "A configuration option could keep the old behaviour for a release while deployers migrate.",
            "The API should be versioned so clients written for Folsom keep working without changes.",
            "Security review is needed, since the change touches how credentials are passed between services.",
            "We have a draft blueprint, but it lacks details on failure handling and on what happens during upgrades.",
            "Documentation for {topic} is scattered across wiki pages that contradict each other.",
        ];

        public static readonly string[] ClosingSentences =
        [
            "The goal is to leave the room with a list of blueprints and an owner for each.",
            "Expect a short presentation followed by open discussion.",
            "Notes will be taken on the etherpad and summarized on the mailing list afterwards.",
            "If time allows, we will also triage the related bugs.",
        ];

        public static readonly string[] BulletLeads =
        [
            "Topics to cover:", "We will discuss:", "Agenda:", "Points to cover in the session:",
        ];

        public static readonly string[] BulletItems =
        [
            "current state of {topic}",
            "requirements from {goal}",
            "API changes needed in {project}",
            "testing strategy in the gate",
            "upgrade path from Folsom",
            "performance numbers from real deployments",
            "interaction with {topic2}",
            "documentation and release notes",
            "who does the work, and when",
            "security review of the proposed design",
            "naming conventions for {topic}",
            "configuration options such as `quota_driver` and `use_namespaces`",
            "what a naïve client should expect from the API",
        ];

        public static readonly string[] PlanSteps =
        [
            "agree on the data model",
            "land the database migration",
            "add the API extension",
            "write tempest tests",
            "update the devstack defaults",
            "deprecate the old code path",
            "document the change for operators",
        ];
    }
}
