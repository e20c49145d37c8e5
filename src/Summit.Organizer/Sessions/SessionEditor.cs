using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Forms;

namespace Summit.Organizer.Sessions;

/// <summary>
/// Every change organizers make to sessions: checked against the rules, guarded by the session's version so two
/// organizers never overwrite each other, counted in its revision (the calendars' SEQUENCE) and written to the history.
/// One database context per operation, as interactive components need.
/// </summary>
public sealed partial class SessionEditor(IDbContextFactory<SummitDbContext> factory, TimeProvider clock, OrganizerAccess? access = null)
{
    public async Task<SessionForm?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking()
            .Include(s => s.Leads).ThenInclude(l => l.Person)
            .Include(s => s.Subjects)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? null : ToForm(session);
    }

    public async Task<EditOptions> OptionsAsync(int? sessionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Names are sorted here, not by the database, whose collation differs between providers.
        var rooms = (await db.Rooms.AsNoTracking().Select(r => new { r.Order, Choice = new Choice(r.Id, r.Name) }).ToListAsync(cancellationToken))
            .OrderBy(r => r.Order).ThenBy(r => r.Choice.Name, NameOrder.Instance).ThenBy(r => r.Choice.Id).Select(r => r.Choice).ToList();
        var slots = await db.TimeSlots.AsNoTracking().Select(s => new SlotChoice(s.Id, s.Day!.Date, s.Start, s.End)).ToListAsync(cancellationToken);
        var tracks = (await db.Tracks.AsNoTracking().Select(t => new { t.Order, Choice = new Choice(t.Id, t.Name) }).ToListAsync(cancellationToken))
            .OrderBy(t => t.Order).ThenBy(t => t.Choice.Name, NameOrder.Instance).ThenBy(t => t.Choice.Id).Select(t => t.Choice).ToList();
        var people = (await db.People.AsNoTracking().Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Name, NameOrder.Instance).ThenBy(p => p.Id).ToList();
        var taken = await TakenPlacesAsync(db, sessionId, cancellationToken);
        return new EditOptions(rooms, [.. slots.OrderBy(s => s.Day).ThenBy(s => s.Start)], tracks, people, taken);
    }

    /// <summary>Creates a session (id null) or saves changes to one opened at <paramref name="expectedVersion"/>.</summary>
    /// <remarks>A save that matches what is stored (a second click on Save) writes nothing: no revision, no history.</remarks>
    public async Task<SaveOutcome> SaveAsync(int? id, SessionDraft draft, Guid expectedVersion, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        draft = draft.Normalized();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var errors = SessionRules.Validate(draft, await FactsAsync(db, id, cancellationToken));
        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        Session? session;
        var diff = new FieldDiff();
        if (id is null)
        {
            session = new Session { Slug = draft.Slug, Title = draft.Title };
            db.Sessions.Add(session);
        }
        else
        {
            session = await LoadTrackedAsync(db, id.Value, cancellationToken);
            if (session is null)
            {
                return SaveOutcome.Invalid(nameof(SessionDraft.Title), "This session was deleted by another organizer.");
            }

            db.Entry(session).Property(s => s.Version).OriginalValue = expectedVersion;
        }

        await DescribeChangesAsync(db, session, draft, diff, cancellationToken);
        if (id is not null && diff.IsEmpty)
        {
            return SaveOutcome.NothingToSave(session.Id);
        }

        await ApplyAsync(db, session, draft, cancellationToken);
        Touch(session);
        db.Changes.Add(Change(user, session, id is null ? "Created" : "Updated", diff));
        return await CommitAsync(db, session, cancellationToken);
    }

    /// <summary>Cancels a session: it stays on the schedule and in feeds, marked cancelled.</summary>
    public async Task<SaveOutcome> CancelAsync(int id, Guid expectedVersion, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await LoadTrackedAsync(db, id, cancellationToken);
        if (session is null)
        {
            return SaveOutcome.Invalid("Status", "This session was deleted by another organizer.");
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = expectedVersion;
        var diff = new FieldDiff().Add("Status", session.Status, SessionStatus.Cancelled);
        session.Status = SessionStatus.Cancelled;
        Touch(session);
        db.Changes.Add(Change(user, session, "Cancelled", diff));
        return await CommitAsync(db, session, cancellationToken);
    }

    public async Task<SaveOutcome> DeleteAsync(int id, Guid expectedVersion, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await LoadTrackedAsync(db, id, cancellationToken);
        if (session is null)
        {
            return SaveOutcome.Invalid("Title", "This session was already deleted.");
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = expectedVersion;
        db.Sessions.Remove(session);
        db.Changes.Add(Change(user, session, "Deleted", new FieldDiff().Add("Title", session.Title, (string?)null)));
        return await CommitAsync(db, session, cancellationToken);
    }

    private static SessionForm ToForm(Session session) => new()
    {
        Id = session.Id,
        Version = session.Version,
        Revision = session.Revision,
        Title = session.Title,
        Slug = session.Slug,
        Description = session.Description,
        TrackId = session.TrackId,
        Kind = session.Kind,
        Status = session.Status,
        RoomId = session.RoomId ?? 0,
        TimeSlotId = session.TimeSlotId ?? 0,
        LeadWanted = session.LeadWanted,
        OpenForOnDemand = session.OpenForOnDemand,
        Leads = [.. session.Leads.OrderBy(l => l.Order).Select(l => new SessionForm.LeadRow { PersonId = l.PersonId, Name = l.Person!.Name, IsTentative = l.IsTentative })],
        Subjects = [.. session.Subjects.OrderBy(s => s.Order).Select(s => new SessionForm.SubjectRow { Title = s.Title, Description = s.Description })],
    };

    private static Task<Session?> LoadTrackedAsync(SummitDbContext db, int id, CancellationToken cancellationToken) =>
        db.Sessions.Include(s => s.Leads).ThenInclude(l => l.Person).Include(s => s.Subjects).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    private static async Task<Dictionary<(int RoomId, int SlotId), string>> TakenPlacesAsync(SummitDbContext db, int? exceptId, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking().Where(s => s.Id != exceptId && s.RoomId != null && s.TimeSlotId != null)
            .Select(s => new { RoomId = s.RoomId!.Value, TimeSlotId = s.TimeSlotId!.Value, s.Title })
            .ToDictionaryAsync(s => (s.RoomId, s.TimeSlotId), s => s.Title, cancellationToken);

    private static async Task<ScheduleFacts> FactsAsync(SummitDbContext db, int? exceptId, CancellationToken cancellationToken) => new(
        (await db.Sessions.AsNoTracking().Where(s => s.Id != exceptId).Select(s => s.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        await TakenPlacesAsync(db, exceptId, cancellationToken),
        (await db.Rooms.Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet(),
        (await db.TimeSlots.Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet(),
        (await db.Tracks.Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(),
        (await db.People.Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet());

    private static async Task DescribeChangesAsync(SummitDbContext db, Session session, SessionDraft draft, FieldDiff diff, CancellationToken cancellationToken)
    {
        var names = await db.Rooms.AsNoTracking().Where(r => r.Id == session.RoomId || r.Id == draft.RoomId).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().Where(t => t.Id == session.TrackId || t.Id == draft.TrackId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var slots = await db.TimeSlots.AsNoTracking().Where(s => s.Id == session.TimeSlotId || s.Id == draft.TimeSlotId)
            .Select(s => new SlotChoice(s.Id, s.Day!.Date, s.Start, s.End)).ToDictionaryAsync(s => s.Id, s => s.Label, cancellationToken);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        diff.Add("Title", Blank(session.Title), draft.Title)
            .Add("Slug", Blank(session.Slug), draft.Slug)
            .Add("Description", Blank(session.Description), draft.Description)
            .Add("Track", session.TrackId is { } t ? tracks.GetValueOrDefault(t) : null, draft.TrackId is { } nt ? tracks.GetValueOrDefault(nt) : null)
            .Add("Kind", session.Id == 0 ? (SessionKind?)null : session.Kind, draft.Kind)
            .Add("Status", session.Id == 0 ? (SessionStatus?)null : session.Status, draft.Status)
            .Add("Room", session.RoomId is { } r ? names.GetValueOrDefault(r) : null, names.GetValueOrDefault(draft.RoomId))
            .Add("Time slot", session.TimeSlotId is { } ts ? slots.GetValueOrDefault(ts) : null, slots.GetValueOrDefault(draft.TimeSlotId))
            .Add("Lead wanted", session.LeadWanted, draft.LeadWanted)
            .Add("Open for on-demand", session.OpenForOnDemand, draft.OpenForOnDemand)
            .Add("Leads", LeadNames(session.Leads.OrderBy(l => l.Order).Select(l => (l.Person?.Name ?? "", l.IsTentative))),
                LeadNames(draft.Leads.Select(l => (l.PersonId is { } id ? people.GetValueOrDefault(id, "") : l.NewPersonName!.Trim(), l.IsTentative))))
            .Add("Subjects", SubjectTitles(session), string.Join(" | ", draft.Subjects.Select(s => s.Title)));

        // A subject's text changed in place: the titles above stay equal, so name the subject whose text it is.
        var before = session.Subjects.OrderBy(s => s.Order).ToList();
        for (var i = 0; i < Math.Min(before.Count, draft.Subjects.Count); i++)
        {
            if (string.Equals(before[i].Title, draft.Subjects[i].Title, StringComparison.Ordinal))
            {
                diff.Add($"Subject “{draft.Subjects[i].Title}”", Blank(before[i].Description), Blank(draft.Subjects[i].Description));
            }
        }
    }

    private static async Task ApplyAsync(SummitDbContext db, Session session, SessionDraft draft, CancellationToken cancellationToken)
    {
        session.Title = draft.Title;
        session.Slug = draft.Slug;
        session.Description = draft.Description;
        session.TrackId = draft.TrackId;
        session.Kind = draft.Kind;
        session.Status = draft.Status;
        session.RoomId = draft.RoomId;
        session.TimeSlotId = draft.TimeSlotId;
        session.LeadWanted = draft.LeadWanted;
        session.OpenForOnDemand = draft.OpenForOnDemand;

        session.Leads.Clear();
        var slugs = (await db.People.Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < draft.Leads.Count; i++)
        {
            var lead = draft.Leads[i];
            var personId = lead.PersonId;
            Person? newPerson = null;
            if (personId is null)
            {
                var name = lead.NewPersonName!.Trim();
                newPerson = await db.People.FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
                if (newPerson is null)
                {
                    newPerson = new Person { Name = name, Slug = SessionRules.UniqueSlug(SessionRules.SlugFrom(name), slugs) };
                    slugs.Add(newPerson.Slug);
                    db.People.Add(newPerson);
                }
            }

            session.Leads.Add(personId is { } id
                ? new SessionLead { PersonId = id, IsTentative = lead.IsTentative, Order = i }
                : new SessionLead { Person = newPerson, IsTentative = lead.IsTentative, Order = i });
        }

        session.Subjects.Clear();
        for (var i = 0; i < draft.Subjects.Count; i++)
        {
            session.Subjects.Add(new SessionSubject { Title = draft.Subjects[i].Title, Description = draft.Subjects[i].Description, Order = i });
        }
    }

    private void Touch(Session session) => SessionStamps.Touch(session, clock.GetUtcNow().UtcDateTime);

    private ScheduleChange Change(string user, Session session, string action, FieldDiff diff) =>
        SessionStamps.Change(user, session, action, diff, clock.GetUtcNow().UtcDateTime);

    private static async Task<SaveOutcome> CommitAsync(SummitDbContext db, Session session, CancellationToken cancellationToken)
    {
        var changes = db.ChangeTracker.Entries<ScheduleChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            // New sessions get their id on save; their history entries learn it here.
            foreach (var change in changes.Where(c => c.EntityId == 0))
            {
                change.EntityId = session.Id;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return SaveOutcome.Saved(session.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflicted(await DescribeConflictAsync(db, session.Id, cancellationToken));
        }
        catch (DbUpdateException ex) when (DatabaseFailure.IsUniqueViolation(ex))
        {
            // Another organizer took the slug or the place between our checks and the save. Which one is asked of the
            // data, not of the error's wording, which differs between databases.
            return await PlaceTakenAsync(db, session, cancellationToken)
                ? SaveOutcome.Invalid(nameof(SessionDraft.TimeSlotId), "Another session took this room and slot a moment ago. Choose a free slot.")
                : SaveOutcome.Invalid(nameof(SessionDraft.Slug), "Another session took this address a moment ago. Choose another.");
        }
        catch (Exception ex) when (SaveFailures.Describe(ex) is { } failure)
        {
            // Busy past the timeout, disk full, an I/O error: nothing was saved and the organizer keeps the form.
            return SaveOutcome.Failed(failure);
        }
    }

    private static async Task<bool> PlaceTakenAsync(SummitDbContext db, Session session, CancellationToken cancellationToken)
    {
        var (id, roomId, slotId) = (session.Id, session.RoomId, session.TimeSlotId);
        db.ChangeTracker.Clear();
        return await db.Sessions.AnyAsync(s => s.RoomId == roomId && s.TimeSlotId == slotId && s.Id != id, cancellationToken);
    }

    private static Task<EditConflict> DescribeConflictAsync(SummitDbContext db, int sessionId, CancellationToken cancellationToken) =>
        EditConflicts.DescribeAsync(db, sessionId, cancellationToken);

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static string SubjectTitles(Session session) => SessionMerge.Titles(session);

    private static string LeadNames(IEnumerable<(string Name, bool Tentative)> leads) =>
        string.Join(", ", leads.Select(l => l.Tentative ? $"{l.Name} (tentative)" : l.Name));
}
