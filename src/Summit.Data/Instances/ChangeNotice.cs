using System.Globalization;
using System.Text;

namespace Summit.Data.Instances;

/// <summary>
/// What one committed transaction changed, as sent to the other instances (PostgreSQL's <c>NOTIFY</c> payload):
/// <c>instance|s</c> when the schedule changed, and <c>|a|id:agenda,…</c> for the agenda change rows it wrote, or
/// <c>|a|*</c> when they would not fit. The sender's id lets an instance skip its own saves, which it has handled.
/// </summary>
public sealed record ChangeNotice(Guid Instance, bool Schedule, IReadOnlyList<(long ChangeId, int AgendaId)> Agendas, bool AllAgendas = false)
{
    /// <summary>PostgreSQL refuses payloads from 8,000 bytes; the rest of the text stays well below.</summary>
    internal const int MaxAgendaText = 7_000;

    public string Format()
    {
        var text = new StringBuilder(Instance.ToString("N"));
        text.Append(Schedule ? "|s" : "|-");
        if (AllAgendas)
        {
            return text.Append("|a|*").ToString();
        }

        if (Agendas.Count > 0)
        {
            var agendas = string.Join(',', Agendas.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.ChangeId}:{a.AgendaId}")));
            text.Append("|a|").Append(agendas.Length <= MaxAgendaText ? agendas : "*");
        }

        return text.ToString();
    }

    /// <summary>Reads a payload; anything else (another application on the channel) is null.</summary>
    public static ChangeNotice? Parse(string? payload)
    {
        var parts = (payload ?? "").Split('|');
        if (parts.Length is not (2 or 4) || !Guid.TryParseExact(parts[0], "N", out var instance) || parts[1] is not ("s" or "-"))
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return new ChangeNotice(instance, parts[1] == "s", []);
        }

        if (parts[2] != "a")
        {
            return null;
        }

        if (parts[3] == "*")
        {
            return new ChangeNotice(instance, parts[1] == "s", [], AllAgendas: true);
        }

        var agendas = new List<(long, int)>();
        foreach (var pair in parts[3].Split(','))
        {
            var halves = pair.Split(':');
            if (halves.Length != 2
                || !long.TryParse(halves[0], NumberStyles.None, CultureInfo.InvariantCulture, out var changeId)
                || !int.TryParse(halves[1], NumberStyles.None, CultureInfo.InvariantCulture, out var agendaId))
            {
                return null;
            }

            agendas.Add((changeId, agendaId));
        }

        return new ChangeNotice(instance, parts[1] == "s", agendas);
    }
}
