using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summit.Data;
using Summit.Web.Data;

namespace Summit.Tests.Data;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task UnusableDatabaseStopsStartWithOneLineNamingTheKey()
    {
        // Arrange: a file that is not a SQLite database
        var path = TestDatabase.TempFile();
        await File.WriteAllTextAsync(path, "this is not a database, it is a shopping list", TestContext.Current.CancellationToken);
        var logs = new List<ListLoggerProvider.Entry>();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:Summit"] = $"Data Source={path};Pooling=False";
        builder.Logging.ClearProviders().AddProvider(new ListLoggerProvider(logs));
        builder.AddSummitData();
        await using var app = builder.Build();

        try
        {
            // Act
            var ready = await app.TryPrepareDatabaseAsync(TestContext.Current.CancellationToken);

            // Assert
            Assert.False(ready);
            var line = Assert.Single(logs, e => e.Level == LogLevel.Critical);
            Assert.Contains("ConnectionStrings:Summit", line.Message);
            Assert.Contains("not a database", line.Message);
            Assert.Null(line.Exception);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task FreshDatabaseIsCreatedMigratedAndSeeded()
    {
        var path = TestDatabase.TempFile();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:Summit"] = $"Data Source={path};Pooling=False";
        builder.Logging.ClearProviders();
        builder.AddSummitData();
        await using var app = builder.Build();

        try
        {
            Assert.True(await app.TryPrepareDatabaseAsync(TestContext.Current.CancellationToken));
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            Assert.Equal(28, db.Sessions.Count());
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void RelativeDatabasePathIsPlacedUnderTheContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"summit-root-{Guid.NewGuid():N}");

        var resolved = DataExtensions.ResolveConnectionString("Data Source=App_Data/summit.db", root);

        Assert.Equal($"Data Source={Path.Combine(root, "App_Data", "summit.db")}", resolved);
        Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        Directory.Delete(root, recursive: true);
    }
}
