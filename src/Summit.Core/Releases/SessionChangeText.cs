using System.Globalization;
using Summit.Core.Time;

namespace Summit.Core.Releases;

/// <summary>
/// A session change in words: a sentence for the changelog and the session page ("Moved from Tue 16 Oct 11:00am to
/// Wed 17 Oct 2:40pm"), and a short mark for an agenda ("moved to Wed 2:40pm"). Neither names the release nor ends
/// with a full stop, so callers can add " in release 4".
/// </summary>
public static class SessionChangeText
{
    private const string Separator = "; ";

    /// <summary>Everything that changed, in one sentence such as "Moved from Tue 16 Oct 11:00am to Wed 17 Oct 2:40pm; retitled from “Old”".</summary>
    public static string Sentence(SessionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var parts = new List<string>();
        if (change.Is(SessionChangeKind.Removed))
        {
            parts.Add(change.MergedInto is { } into ? $"merged into “{into.Name}”" : "removed from the schedule");
        }

        if (change.Is(SessionChangeKind.New))
        {
            parts.Add("added to the schedule");
        }

        if (change.Is(SessionChangeKind.Cancelled))
        {
            parts.Add("cancelled");
        }

        if (change.Is(SessionChangeKind.Reinstated))
        {
            parts.Add("no longer cancelled");
        }

        if (change.Is(SessionChangeKind.Moved) && change.Was is { } was && change.Now is { } now)
        {
            parts.Add(MovedSentence(change, was, now));
        }

        if (change.Is(SessionChangeKind.Retitled))
        {
            parts.Add(change.OldTitle is null ? "retitled" : $"retitled from “{change.OldTitle}”");
        }

        if (change.Is(SessionChangeKind.LeadsChanged))
        {
            parts.Add("leads changed: " + string.Join(", ", change.Leads.Select(LeadSentence)));
        }

        if (change.Is(SessionChangeKind.SubjectsChanged))
        {
            parts.Add("subjects changed: " + string.Join(", ", change.Subjects.Select(SubjectSentence)));
        }

        if (change.Is(SessionChangeKind.DescriptionChanged))
        {
            parts.Add("description updated");
        }

        return Capitalized(string.Join(Separator, parts));
    }

    /// <summary>
    /// The short form an agenda shows beside a starred session, such as "moved to Wed 2:40pm; retitled". A removed or
    /// cancelled session says only that: nothing else about it matters to someone planning their day.
    /// </summary>
    public static string Mark(SessionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Is(SessionChangeKind.Removed))
        {
            return change.MergedInto is { } into ? $"merged into “{into.Name}”" : "removed from the schedule";
        }

        if (change.Is(SessionChangeKind.Cancelled))
        {
            return "cancelled";
        }

        if (change.Is(SessionChangeKind.New))
        {
            return "new";
        }

        var parts = new List<string>();
        if (change.Is(SessionChangeKind.Reinstated))
        {
            parts.Add("no longer cancelled");
        }

        if (change.Is(SessionChangeKind.Moved) && change.Was is { } was && change.Now is { } now)
        {
            parts.Add(MovedMark(change, was, now));
        }

        if (change.Is(SessionChangeKind.Retitled))
        {
            parts.Add("retitled");
        }

        if (change.Is(SessionChangeKind.LeadsChanged))
        {
            parts.Add("leads changed: " + string.Join(", ", change.Leads.Select(LeadMark)));
        }

        if (change.Is(SessionChangeKind.SubjectsChanged))
        {
            parts.Add("subjects changed");
        }

        if (change.Is(SessionChangeKind.DescriptionChanged))
        {
            parts.Add("description updated");
        }

        return string.Join(Separator, parts);
    }

    /// <summary>"Tue 16 Oct", the day form the schedule's tabs use.</summary>
    public static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string MovedSentence(SessionChange change, SessionPlace was, SessionPlace now)
    {
        string? text = null;
        if (change.StartChanged)
        {
            text = change.DayChanged
                ? $"moved from {Day(was.Day)} {EventClock.FormatTime(was.Start)} to {Day(now.Day)} {EventClock.FormatTime(now.Start)}"
                : $"moved on {Day(now.Day)} from {EventClock.FormatTime(was.Start)} to {EventClock.FormatTime(now.Start)}";
            if (change.RoomChanged)
            {
                text += $" in {now.Room.Name}";
            }
        }
        else if (change.RoomChanged)
        {
            text = $"moved from {was.Room.Name} to {now.Room.Name}";
        }

        if (!change.StartChanged && was.End != now.End)
        {
            var ends = $"now ends at {EventClock.FormatTime(now.End)} instead of {EventClock.FormatTime(was.End)}";
            text = text is null ? ends : $"{text}, {ends}";
        }

        return text ?? "moved";
    }

    private static string MovedMark(SessionChange change, SessionPlace was, SessionPlace now)
    {
        string? text = null;
        if (change.StartChanged)
        {
            text = change.DayChanged
                ? $"moved to {now.Day.ToString("ddd", CultureInfo.InvariantCulture)} {EventClock.FormatTime(now.Start)}"
                : $"moved to {EventClock.FormatTime(now.Start)}";
            if (change.RoomChanged)
            {
                text += $" in {now.Room.Name}";
            }
        }
        else if (change.RoomChanged)
        {
            text = $"moved to {now.Room.Name}";
        }

        if (!change.StartChanged && was.End != now.End)
        {
            var ends = $"now ends {EventClock.FormatTime(now.End)}";
            text = text is null ? ends : $"{text}, {ends}";
        }

        return text ?? "moved";
    }

    private static string LeadSentence(LeadChange lead) => lead.Change switch
    {
        LeadChangeKind.Added => $"{lead.Name} added",
        LeadChangeKind.Removed => $"{lead.Name} removed",
        LeadChangeKind.BecameTentative => $"{lead.Name} now tentative",
        _ => $"{lead.Name} now confirmed",
    };

    private static string LeadMark(LeadChange lead) => lead.Change switch
    {
        LeadChangeKind.Added => $"+{lead.Name}",
        LeadChangeKind.Removed => $"\u2212{lead.Name}",
        LeadChangeKind.BecameTentative => $"{lead.Name} tentative",
        _ => $"{lead.Name} confirmed",
    };

    private static string SubjectSentence(SubjectChange subject) => subject.Change switch
    {
        SubjectChangeKind.Added => $"“{subject.Title}” added",
        SubjectChangeKind.Removed => $"“{subject.Title}” removed",
        _ => $"“{subject.Title}” updated",
    };

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
