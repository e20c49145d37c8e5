using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Core.Import;
using Summit.Data;
using Summit.Data.Import;
using Summit.Organizer.Accounts;
using Summit.Organizer.Forms;

namespace Summit.Organizer.Import;

/// <summary>
/// The organizer's side of an import: reads an uploaded file, plans the import for the preview, and applies it once
/// confirmed, but only as previewed. Holds no state, so two open pages are two organizers; one context per operation.
/// </summary>
public sealed class ImportDesk(IDbContextFactory<SummitDbContext> factory, IOptions<ImportLimits> limits, OrganizerAccess? access = null)
{
    /// <summary>The largest file the page accepts, checked before it is read into memory.</summary>
    public long MaxFileBytes => limits.Value.MaxFileBytes;

    /// <summary>The schedule in <paramref name="content"/>, or why it is refused.</summary>
    public ImportRead Read(ReadOnlyMemory<byte> content, string? fileName) => ScheduleFileReader.Read(content, fileName, limits.Value);

    /// <summary>What importing <paramref name="document"/> would do now, changing nothing.</summary>
    public async Task<ImportPlan> PlanAsync(ImportDocument document, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await ScheduleImport.PlanAsync(db, document, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="document"/> if it still does what <paramref name="shown"/> said. Another organizer may
    /// have changed the schedule since the preview (renamed a session the file updates, added a room it would create):
    /// then nothing is applied and the organizer gets the new preview to confirm, rather than an import they never saw.
    /// </summary>
    public async Task<ImportConfirmation> ConfirmAsync(ImportDocument document, ImportPlan shown, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(shown);
        if (access is not null && !await access.CanWriteAsync(cancellationToken))
        {
            return new ImportConfirmation(ImportConfirmationKind.SignedOut, shown, OrganizerAccess.SignedOutMessage);
        }

        try
        {
            var now = await PlanAsync(document, cancellationToken);
            if (!ImportPlans.Same(shown, now))
            {
                return new ImportConfirmation(ImportConfirmationKind.Changed, now, ImportText.Changed);
            }

            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var done = await ScheduleImport.ApplyAsync(db, document, by, cancellationToken);
            return new ImportConfirmation(ImportConfirmationKind.Applied, done, ImportText.Applied(done));
        }
        catch (Exception ex) when (SaveFailures.Describe(ex) is { } failure)
        {
            return new ImportConfirmation(ImportConfirmationKind.Failed, shown, failure.Replace("Couldn't save", "Nothing was imported", StringComparison.Ordinal));
        }
    }
}

public enum ImportConfirmationKind
{
    /// <summary>The import was applied; the plan is what it did.</summary>
    Applied,

    /// <summary>The schedule changed since the preview; nothing was applied and the plan is the new preview.</summary>
    Changed,

    /// <summary>The database refused the import; nothing was applied.</summary>
    Failed,

    /// <summary>The organizer's sign-in ended; nothing was applied.</summary>
    SignedOut,
}

/// <summary>How a confirmation ended, the plan to show now, and what to tell the organizer.</summary>
public sealed record ImportConfirmation(ImportConfirmationKind Kind, ImportPlan Plan, string Message);
