using System.Globalization;
using System.Text.RegularExpressions;
using Summit.Core.Editing;

namespace Summit.Core.Import.Reading;

/// <summary>
/// How a schedule.json or schedule.xml says what the format has no field for, as Summit's own exports write it (and
/// people write by hand in other tools): "Cancelled: " before a title, " (tentative)" after a lead's name, "Lead wanted"
/// as the subtitle, the kind as the type, and a split session's subjects numbered in its description.
/// </summary>
internal static partial class ScheduleConventions
{
    public const string LeadWanted = "Lead wanted";

    /// <summary>The title without a "Cancelled: " (or "Canceled: ") prefix, and whether it had one.</summary>
    public static (string Title, bool Cancelled) Title(string title)
    {
        var match = CancelledPrefix().Match(title);
        return match.Success ? (title[match.Length..].Trim(), true) : (title.Trim(), false);
    }

    /// <summary>A lead from a name, " (tentative)" marking one who is only expected; null for an empty name.</summary>
    public static ImportLead? Lead(string? name)
    {
        var text = TextInput.Line(name ?? "").Trim();
        var open = text.EndsWith(')') ? text.LastIndexOf('(') : -1;
        var tentative = open >= 0 && text[(open + 1)..^1].Trim().Equals("tentative", StringComparison.OrdinalIgnoreCase);
        var bare = tentative ? text[..open].Trim() : text;
        return bare.Length == 0 ? null : new ImportLead(bare, tentative);
    }

    /// <summary>Leads in order, each person once (the first mention wins).</summary>
    public static List<ImportLead> Distinct(IEnumerable<ImportLead> leads) =>
        leads.DistinctBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>At most <see cref="SessionRules.MaxLeads"/> leads (the first ones), reporting the others as left out.</summary>
    public static List<ImportLead> LimitLeads(List<ImportLead> leads, ImportDocumentBuilder builder, string where, string title)
    {
        if (leads.Count <= SessionRules.MaxLeads)
        {
            return leads;
        }

        builder.Skip(where, $"“{title}” has {leads.Count} leads; a session has at most {SessionRules.MaxLeads}, so the first {SessionRules.MaxLeads} were kept.");
        return leads[..SessionRules.MaxLeads];
    }

    /// <summary>Summit's kinds by name ("regular", "split", "half"); any other type ("talk", "workshop") is a regular session.</summary>
    public static SessionKind Kind(string? type) =>
        Enum.GetValues<SessionKind>().FirstOrDefault(k => k.ToString().Equals(type?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What a subtitle says: "Lead wanted" and "Tentative" are marks (alone or together, as "Tentative · Lead wanted");
    /// any other subtitle is text the session keeps in front of its description.
    /// </summary>
    public static (bool LeadWanted, bool Tentative, string? Text) Subtitle(string? subtitle)
    {
        var text = TextInput.Line(subtitle ?? "").Trim();
        if (text.Length == 0)
        {
            return (false, false, null);
        }

        var marks = text.Split(['·', ';', ',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var leadWanted = marks.Any(m => m.Equals(LeadWanted, StringComparison.OrdinalIgnoreCase));
        var tentative = marks.Any(m => m.Equals("Tentative", StringComparison.OrdinalIgnoreCase));
        var allMarks = marks.All(m => m.Equals(LeadWanted, StringComparison.OrdinalIgnoreCase) || m.Equals("Tentative", StringComparison.OrdinalIgnoreCase));
        return allMarks ? (leadWanted, tentative, null) : (false, false, text);
    }

    /// <summary>
    /// One description from the parts a file may split it into: a subtitle that is not a mark, the abstract and the
    /// description. An abstract the description already starts with is not repeated.
    /// </summary>
    public static string Description(string? subtitleText, string? abstractText, string? descriptionText)
    {
        var a = TextInput.Block(abstractText ?? "").Trim();
        var d = TextInput.Block(descriptionText ?? "").Trim();
        var body = a.Length == 0 ? d
            : d.Length == 0 || d.StartsWith(a, StringComparison.Ordinal) ? (d.Length == 0 ? a : d)
            : $"{a}\n\n{d}";
        return string.IsNullOrEmpty(subtitleText) ? body : body.Length == 0 ? subtitleText : $"{subtitleText}\n\n{body}";
    }

    /// <summary>
    /// A session's subjects from a numbered list, as Summit's exports write it: lines numbered 1, 2, 3… in order, each
    /// with a subject's title, and the lines that follow one, indented, its description. Text before the first subject
    /// is the session's own description. With <paramref name="titleDash"/> (files written by hand or by other tools), a
    /// numbered line may carry the description after a dash: "1. Title — what it is about". No subjects when the
    /// numbers are not 1, 2, 3… in order.
    /// </summary>
    public static (string Description, List<ImportSubject> Subjects) Subjects(string description, bool titleDash)
    {
        var intro = new List<string>();
        var subjects = new List<(string Title, List<string> Lines)>();
        foreach (var line in description.Split('\n'))
        {
            var match = NumberedLine().Match(line);
            if (match.Success && int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == subjects.Count + 1)
            {
                var rest = match.Groups["rest"].Value.Trim();
                var dash = titleDash ? SubjectDash().Match(rest) : Match.Empty;
                subjects.Add(dash.Success
                    ? (rest[..dash.Index].Trim(), [rest[(dash.Index + dash.Length)..].Trim()])
                    : (rest, []));
            }
            else if (subjects.Count == 0)
            {
                intro.Add(line);
            }
            else
            {
                // The list indents a description by three spaces; deeper indentation is the description's own.
                subjects[^1].Lines.Add(Unindent(line).TrimEnd());
            }
        }

        return subjects.Count == 0
            ? (description, [])
            : (string.Join('\n', intro).Trim(), [.. subjects.Select(s => new ImportSubject(s.Title, string.Join('\n', s.Lines).Trim('\n', ' ')))]);
    }

    private static string Unindent(string line)
    {
        var spaces = 0;
        while (spaces < 3 && spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return line[spaces..];
    }

    /// <summary>The last segment of a session's address ("https://summit.example/sessions/keystone" gives "keystone").</summary>
    public static string? SlugFromUrl(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var last = uri.AbsolutePath.TrimEnd('/').Split('/')[^1];
        return last.Length == 0 ? null : Uri.UnescapeDataString(last);
    }

    /// <summary>A slug Summit accepts from one another system wrote ("36c3-10496-A_talk" gives "36c3-10496-a-talk"); null for none.</summary>
    public static string? Slug(string? slug) =>
        string.IsNullOrWhiteSpace(slug) ? null : SessionRules.SlugFrom(slug.Trim());

    [GeneratedRegex(@"^\s*cancell?ed\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelledPrefix();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})[.)]\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();

    // Not anchored, on text of any length: linear time whatever the text, as a run of spaces would otherwise not be.
    [GeneratedRegex(@"\s+[—–-]\s+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SubjectDash();
}
