using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Data;

namespace Summit.Organizer.Sessions;

/// <summary>
/// The merge of one session into another as a subject, on sessions already loaded and checked by the caller (the
/// session editor or the planner), who saves it: the source becomes a subject of the target (with its own subjects
/// after it), its leads and stars join the target's, the source is removed and its slot becomes free.
/// </summary>
internal static class SessionMerge
{
    /// <param name="source">Tracked, with its leads and subjects.</param>
    /// <param name="target">Tracked, with its leads and subjects.</param>
    public static async Task ApplyAsync(SummitDbContext db, Session source, Session target, string user, DateTime utcNow, CancellationToken cancellationToken)
    {
        var before = Titles(target);
        var order = target.Subjects.Count == 0 ? 0 : target.Subjects.Max(s => s.Order) + 1;
        if (target.Subjects.Count == 0)
        {
            // The target's own text becomes its first subject, so both read as equals in the split session.
            target.Subjects.Add(new SessionSubject { Title = target.Title, Description = target.Description, Order = order++ });
            target.Description = "";
        }

        target.Subjects.Add(new SessionSubject { Title = source.Title, Description = source.Description, Order = order++ });
        foreach (var subject in source.Subjects.OrderBy(s => s.Order))
        {
            target.Subjects.Add(new SessionSubject { Title = subject.Title, Description = subject.Description, Order = order++ });
        }

        foreach (var lead in source.Leads.Where(l => target.Leads.All(t => t.PersonId != l.PersonId)))
        {
            target.Leads.Add(new SessionLead { PersonId = lead.PersonId, IsTentative = lead.IsTentative, Order = target.Leads.Count });
        }

        // Attendees who starred the merged session keep it, now as part of the target.
        var starredTarget = (await db.AgendaItems.Where(i => i.SessionId == target.Id).Select(i => i.AgendaId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var star in await db.AgendaItems.AsNoTracking().Where(i => i.SessionId == source.Id).ToListAsync(cancellationToken))
        {
            if (starredTarget.Add(star.AgendaId))
            {
                db.AgendaItems.Add(new Summit.Core.Agenda.AgendaItem { AgendaId = star.AgendaId, SessionId = target.Id, AddedUtc = star.AddedUtc });
            }
        }

        target.Kind = SessionKind.Split;
        SessionStamps.Touch(target, utcNow);
        db.RemoveMergedSession(source, target);
        db.Changes.Add(SessionStamps.Change(user, target, "Merged", new FieldDiff().Add("Subjects", before, Titles(target)).Add("Merged from", (string?)null, source.Title), utcNow));
        db.Changes.Add(SessionStamps.Change(user, source, "Merged", new FieldDiff().Add("Merged into", (string?)null, target.Title), utcNow));
    }

    public static string Titles(Session session) => string.Join(" | ", session.Subjects.OrderBy(s => s.Order).Select(s => s.Title));
}
