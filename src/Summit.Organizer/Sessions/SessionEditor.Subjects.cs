using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Organizer.Accounts;

namespace Summit.Organizer.Sessions;

/// <summary>Merging sessions into split sessions and moving subjects back out.</summary>
public sealed partial class SessionEditor
{
    /// <summary>
    /// Merges <paramref name="sourceId"/> into <paramref name="targetId"/>: the source becomes a subject of the target
    /// (with its own subjects after it), its leads join the target's, and its slot becomes free.
    /// </summary>
    public async Task<SaveOutcome> MergeAsync(int sourceId, int targetId, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (sourceId == targetId)
        {
            return SaveOutcome.Invalid("Merge", "Choose another session to merge into.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var source = await LoadTrackedAsync(db, sourceId, cancellationToken);
        var target = await LoadTrackedAsync(db, targetId, cancellationToken);
        if (source is null || target is null)
        {
            return SaveOutcome.Invalid("Merge", "One of the two sessions no longer exists.");
        }

        await SessionMerge.ApplyAsync(db, source, target, user, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return await CommitAsync(db, target, cancellationToken);
    }

    /// <summary>Moves one subject out of a session into a session of its own, in a free room and slot.</summary>
    public async Task<SaveOutcome> SplitOutAsync(int sessionId, int subjectIndex, int roomId, int slotId, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await LoadTrackedAsync(db, sessionId, cancellationToken);
        var ordered = session?.Subjects.OrderBy(s => s.Order).ToList();
        if (session is null || ordered is null || subjectIndex < 0 || subjectIndex >= ordered.Count)
        {
            return SaveOutcome.Invalid("Subjects", "That subject is no longer part of the session.");
        }

        var subject = ordered[subjectIndex];
        var facts = await FactsAsync(db, null, cancellationToken);
        var slug = SessionRules.UniqueSlug(SessionRules.SlugFrom(subject.Title), facts.SlugsInUse);
        var draft = new SessionDraft(subject.Title, slug, subject.Description, session.TrackId, SessionKind.Regular, session.Status, roomId, slotId, false, false, [], []);
        var errors = SessionRules.Validate(draft, facts);
        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        var before = SubjectTitles(session);
        var created = new Session
        {
            Slug = slug,
            Title = subject.Title,
            Description = subject.Description,
            TrackId = session.TrackId,
            RoomId = roomId,
            TimeSlotId = slotId,
            Status = session.Status,
        };
        Touch(created);
        db.Sessions.Add(created);
        session.Subjects.Remove(subject);
        if (session.Kind == SessionKind.Split && session.Subjects.Count < 2)
        {
            session.Kind = SessionKind.Regular;
        }

        Touch(session);
        db.Changes.Add(Change(user, session, "Split out", new FieldDiff().Add("Subjects", before, SubjectTitles(session))));
        db.Changes.Add(Change(user, created, "Created", new FieldDiff().Add("Split out of", (string?)null, session.Title)));
        return await CommitAsync(db, created, cancellationToken);
    }
}
