using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summit.Data.Import;
using Summit.Web.Data;
using static Summit.Tests.Import.Importing.ImportDocuments;

namespace Summit.Tests.Import.Importing;

/// <summary>On a new database, <c>import</c> migrates without seeding, so the file's event is the only one.</summary>
public sealed class ImportStartupTests
{
    [Fact]
    public async Task ANewDatabasePreparedForAnImportHoldsOnlyTheFilesEvent()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var path = TestDatabase.TempFile();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:Summit"] = $"Data Source={path};Pooling=False";
        builder.Logging.ClearProviders();
        builder.AddSummitData();
        await using var app = builder.Build();

        try
        {
            // Act
            var ready = await app.TryPrepareDatabaseAsync(seed: false, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var empty = !await db.Sessions.AnyAsync(ct) && !await db.Conferences.AnyAsync(ct);
            await ScheduleImport.ApplyAsync(db, Of(At("Welcome", "2026-06-10", "09:00", "09:30", "Main Hall")), ImportCommand.HistoryUser, ct);

            // Assert
            Assert.True(ready);
            Assert.True(empty);
            Assert.Equal("OpenInfra Days Berlin", (await db.Conferences.SingleAsync(ct)).Name);
            Assert.Equal("Welcome", (await db.Sessions.SingleAsync(ct)).Title);
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
