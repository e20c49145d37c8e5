namespace Summit.Core.Editing;

public enum WarningKind
{
    LeadDoubleBooked,
    LeadWanted,
}

/// <summary>Something organizers should fix before attendees notice.</summary>
public sealed record ScheduleWarning(WarningKind Kind, string Message, IReadOnlyList<string> SessionSlugs);

/// <summary>Finds leads booked in two places at once and sessions still wanting a lead.</summary>
public static class ScheduleWarnings
{
    public static IReadOnlyList<ScheduleWarning> Find(PublishedSchedule schedule)
    {
        var warnings = new List<ScheduleWarning>();
        var active = schedule.Sessions.Where(s => s.Status != SessionStatus.Cancelled).ToList();

        foreach (var (lead, a, b) in LeadOverlaps.Find(active, s => new SessionTime(s.Day, s.Start, s.End), s => s.Leads))
        {
            warnings.Add(new ScheduleWarning(
                WarningKind.LeadDoubleBooked,
                $"{lead.Name} leads “{a.Title}” ({a.Room.Name}) and “{b.Title}” ({b.Room.Name}) at the same time.",
                [a.Slug, b.Slug]));
        }

        foreach (var session in active.Where(s => s.LeadWanted))
        {
            warnings.Add(new ScheduleWarning(WarningKind.LeadWanted, $"“{session.Title}” still needs someone to lead it.", [session.Slug]));
        }

        return warnings;
    }
}
