using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Summit.Core.Import;
using Summit.Data;
using Summit.Data.Import;

namespace Summit.Organizer.Import;

/// <summary>The backup download on the import page: the same JSON as <c>export FILE</c>, for signed-in organizers only.</summary>
public static class BackupEndpoints
{
    public const string Path = "/organizer/backup.json";

    public const string FileName = "summit-backup.json";

    public static IEndpointRouteBuilder MapOrganizerBackup(this IEndpointRouteBuilder app)
    {
        // A link followed in the browser, like the organizer pages: signed out, it leads to the sign-in page rather
        // than the bare 401 .NET gives endpoints with typed results.
        app.MapGet(Path, DownloadAsync).RequireAuthorization(OrganizerRoles.Policy).AllowCookieRedirect();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(SummitDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        // It holds unscheduled sessions and settings attendees never see: no cache may keep a copy.
        context.Response.Headers.CacheControl = "no-store";
        var backup = await BackupExport.ReadAsync(db, cancellationToken);
        if (backup is null)
        {
            return TypedResults.Problem("The database holds no event yet: there is nothing to back up.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.File(SummitBackupWriter.Write(backup), "application/json", FileName);
    }
}
