using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Releases;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Forms;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.EventSettings;

/// <summary>
/// Changes to the event's own settings (name, venue, time zone, banner, when changes are published): checked first (each failure names its field),
/// guarded by the event's version so two organizers never overwrite each other, written to the history with what
/// changed, and saved in one transaction. A save that changes nothing writes nothing. One database context per operation.
/// </summary>
public sealed class EventSettingsEditor(IDbContextFactory<SummitDbContext> factory, TimeProvider clock, OrganizerAccess? access = null)
{
    /// <summary>The history's name for the event.</summary>
    public const string EntityType = "Event";

    /// <summary>The settings as saved, with the dates of the event's days; null while the database holds no event.</summary>
    public async Task<EventSettingsForm?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conference = await db.Conferences.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return null;
        }

        var days = await db.Days.AsNoTracking().Select(d => d.Date).ToListAsync(cancellationToken);
        var firstSlot = await db.TimeSlots.AsNoTracking().OrderBy(s => s.Day!.Date).ThenBy(s => s.Start)
            .Select(s => new SlotStart(s.Day!.Date, s.Start)).FirstOrDefaultAsync(cancellationToken);
        return new EventSettingsForm
        {
            Id = conference.Id,
            Version = conference.Version,
            Name = conference.Name,
            Subtitle = conference.Subtitle,
            Venue = conference.Venue,
            TimeZoneId = conference.TimeZoneId,
            SavedTimeZoneId = conference.TimeZoneId,
            BannerText = conference.BannerText,
            BannerLinkLabel = conference.BannerLinkLabel,
            BannerLinkUrl = conference.BannerLinkUrl,
            ImageOrigins = conference.ImageOrigins,
            PublishMode = conference.PublishMode,
            SavedPublishMode = conference.PublishMode,
            FirstDay = days.Count == 0 ? null : days.Min(),
            LastDay = days.Count == 0 ? null : days.Max(),
            DayCount = days.Count,
            FirstSlot = firstSlot,
        };
    }

    /// <summary>
    /// Saves the settings over the version the organizer opened (<paramref name="expectedVersion"/>). A new time zone is
    /// saved only when <paramref name="zoneChangeConfirmed"/>: it moves every session in calendars, whose revisions go up.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(EventDraft draft, Guid expectedVersion, bool zoneChangeConfirmed, string user, CancellationToken cancellationToken)
    {
        if (await access.RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        ArgumentNullException.ThrowIfNull(draft);
        draft = draft.Normalized();
        var errors = EventRules.Validate(draft);
        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conference = await db.Conferences.OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return SaveOutcome.Invalid(EventFields.Name, "There is no event to edit yet.");
        }

        var diff = Describe(conference, draft);
        if (diff.IsEmpty)
        {
            return SaveOutcome.NothingToSave(conference.Id);
        }

        var zoneChanged = !string.Equals(conference.TimeZoneId, draft.TimeZoneId, StringComparison.Ordinal);
        if (zoneChanged && !zoneChangeConfirmed)
        {
            return SaveOutcome.Invalid(EventFields.TimeZoneId, "A new time zone moves every session in calendars: confirm it below, or choose the old zone again.");
        }

        // Every session's calendar entry shows the venue in its LOCATION, and the zone in its times.
        var venueChanged = !string.Equals(conference.Venue, draft.Venue, StringComparison.Ordinal);
        db.Entry(conference).Property(c => c.Version).OriginalValue = expectedVersion;
        Apply(conference, draft);
        if (zoneChanged || venueChanged)
        {
            await TouchAllSessionsAsync(db, cancellationToken);
        }

        db.Changes.Add(new ScheduleChange
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            User = user,
            EntityType = EntityType,
            EntityId = conference.Id,
            EntityLabel = conference.Name,
            Action = "Updated",
            Fields = [.. diff.Changes],
        });

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return SaveOutcome.Saved(conference.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflicted(await DescribeConflictAsync(db, cancellationToken));
        }
        catch (Exception ex) when (SaveFailures.Describe(ex) is { } failure)
        {
            // Busy past the timeout, disk full, an I/O error: nothing was saved and the organizer keeps the form.
            return SaveOutcome.Failed(failure);
        }
    }

    private static FieldDiff Describe(Conference conference, EventDraft draft) => new FieldDiff()
        .Add("Name", conference.Name, draft.Name)
        .Add("Subtitle", conference.Subtitle, draft.Subtitle)
        .Add("Venue", conference.Venue, draft.Venue)
        .Add("Time zone", conference.TimeZoneId, draft.TimeZoneId)
        .Add("Banner text", conference.BannerText, draft.BannerText)
        .Add("Link label", conference.BannerLinkLabel, draft.BannerLinkLabel)
        .Add("Link address", conference.BannerLinkUrl, draft.BannerLinkUrl)
        .Add("Image origins", conference.ImageOrigins, draft.ImageOrigins)
        .Add("Publish changes", PublishModeText.Name(conference.PublishMode), PublishModeText.Name(draft.PublishMode));

    private static void Apply(Conference conference, EventDraft draft)
    {
        conference.Name = draft.Name;
        conference.Subtitle = draft.Subtitle;
        conference.Venue = draft.Venue;
        conference.TimeZoneId = draft.TimeZoneId;
        conference.BannerText = draft.BannerText;
        conference.BannerLinkLabel = draft.BannerLinkLabel;
        conference.BannerLinkUrl = draft.BannerLinkUrl;
        conference.ImageOrigins = draft.ImageOrigins;
        conference.PublishMode = draft.PublishMode;
        conference.Version = Guid.NewGuid();
    }

    /// <summary>
    /// Every session's instant moves with the zone, and its place with the venue: its revision (the feeds' SEQUENCE) goes
    /// up and its stamp (the feed's Last-Modified) moves so calendars take the change, and its version is renewed so an
    /// organizer editing one meanwhile is told rather than overwritten.
    /// </summary>
    private async Task TouchAllSessionsAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var session in await db.Sessions.ToListAsync(cancellationToken))
        {
            session.Revision++;
            session.LastModifiedUtc = now;
            session.Version = Guid.NewGuid();
        }
    }

    private async Task<EditConflict> DescribeConflictAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var latest = await db.Changes.AsNoTracking()
            .Where(c => c.EntityType == EntityType)
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? new EditConflict("another organizer", clock.GetUtcNow().UtcDateTime, [])
            : new EditConflict(latest.User, latest.AtUtc, latest.Fields);
    }
}
