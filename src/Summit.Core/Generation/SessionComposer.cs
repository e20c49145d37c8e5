using System.Globalization;
using System.Text;
using static Summit.Core.Generation.ScheduleGenerator;

namespace Summit.Core.Generation;

/// <summary>One generation run: the random source and the slugs handed out so far.</summary>
internal sealed class SessionComposer(GeneratorOptions options, int slotsPerDay)
{
    private readonly Random _random = new(options.Seed);
    private readonly HashSet<string> _sessionSlugs = new(StringComparer.Ordinal);

    public PublishedSchedule Build()
    {
        var days = Enumerable.Range(0, options.Days).Select(FirstDay.AddDays).ToList();
        var rooms = Rooms();
        var tracks = GeneratorWords.Tracks.Select(t => new NamedRef(t.Slug, t.Name)).ToList();
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
            var name = i < GeneratorWords.RoomNames.Length
                ? GeneratorWords.RoomNames[i]
                : string.Create(CultureInfo.InvariantCulture, $"Room {i + 1}");
            rooms.Add(new NamedRef(Unique(Slugify(name, 100), slugs), name));
        }

        return rooms;
    }

    /// <summary>A pool of about one person per four sessions, with distinct names while the name lists last.</summary>
    private List<NamedRef> People()
    {
        var count = options.Sessions == 0 ? 0 : Math.Max(1, options.Sessions / 4);
        var combinations = GeneratorWords.FirstNames.Length * GeneratorWords.LastNames.Length;
        var order = Enumerable.Range(0, combinations).ToArray();
        _random.Shuffle(order);

        var people = new List<NamedRef>(count);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var combination = order[i % combinations];
            var round = i / combinations;
            var first = GeneratorWords.FirstNames[combination / GeneratorWords.LastNames.Length];
            var last = GeneratorWords.LastNames[combination % GeneratorWords.LastNames.Length];

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
        var context = new Context(track.Name, track.Slug, topics[0], topics[1], Pick(GeneratorWords.Goals));

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
            return GeneratorWords.Tracks[(roomIndex + dayIndex) % GeneratorWords.Tracks.Length];
        }

        var roll = _random.Next(GeneratorWords.TotalTrackWeight);
        foreach (var track in GeneratorWords.Tracks)
        {
            roll -= track.Weight;
            if (roll < 0)
            {
                return track;
            }
        }

        return GeneratorWords.Tracks[^1];
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
            < 8 => $"{Pick(GeneratorWords.TitleVerbs)} {c.Topic}",
            < 15 => $"{Capitalize(c.Topic)} and {c.Topic2}",
            < 18 => $"{c.Project}: {c.Topic}",
            _ => Capitalize(c.Topic),
        };
        var qualifier = _random.Next(10) switch
        {
            < 4 => $" for {c.Goal}",
            < 7 when !core.Contains(':', StringComparison.Ordinal) => $": {Pick(GeneratorWords.TitleEndings)}",
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
        var middle = new Queue<string>(Shuffled(GeneratorWords.MiddleSentences));
        var paragraphs = new List<List<string>>();
        var paragraphCount = 2 + _random.Next(3);
        for (var p = 0; p < paragraphCount; p++)
        {
            var sentences = new List<string>();
            if (p == 0)
            {
                sentences.Add(Pick(GeneratorWords.OpeningSentences));
            }

            var extra = 1 + _random.Next(p == 0 ? 2 : 3);
            for (var s = 0; s < extra && middle.Count > 0; s++)
            {
                sentences.Add(middle.Dequeue());
            }

            if (p == paragraphCount - 1 && _random.NextDouble() < 0.6)
            {
                sentences.Add(Pick(GeneratorWords.ClosingSentences));
            }

            paragraphs.Add(sentences);
        }

        var bullets = Shuffled(GeneratorWords.BulletItems)[..(3 + _random.Next(4))].ToList();
        var bulletLead = Pick(GeneratorWords.BulletLeads);
        var steps = _random.NextDouble() < 0.35 ? Shuffled(GeneratorWords.PlanSteps)[..(2 + _random.Next(3))].ToList() : null;
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
        var sentences = Shuffled(GeneratorWords.MiddleSentences)[..(1 + _random.Next(2))];
        var text = new StringBuilder(Fill(Pick(GeneratorWords.OpeningSentences), c));
        foreach (var sentence in sentences)
        {
            text.Append(' ').Append(Fill(sentence, c));
        }

        if (_random.NextDouble() < 0.4)
        {
            text.Append("\n\n");
            foreach (var item in Shuffled(GeneratorWords.BulletItems)[..(2 + _random.Next(2))])
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
internal sealed record Context(string Project, string ProjectSlug, string Topic, string Topic2, string Goal);
