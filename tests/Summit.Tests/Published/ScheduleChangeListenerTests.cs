using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Web.Published;

namespace Summit.Tests.Published;

/// <summary>A save hands eviction and warming to the background: it returns at once, and the next request still shows it.</summary>
public sealed class ScheduleChangeListenerTests : IAsyncLifetime
{
    private const string Slug = "improving-quantum-firewalling";

    private readonly SummitAppFactory _factory = new();

    private readonly GatedEviction _eviction = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _eviction.Open();
        await _factory.DisposeAsync();
    }

    // First among the caches the listener empties, so the cached pages' eviction waits behind it too.
    private WebApplicationFactory<Program> App() => _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        services.Insert(0, ServiceDescriptor.Singleton<IPublishedScheduleCache>(_eviction))));

    [Fact]
    public async Task ASaveReturnsWhileTheOutputCacheIsStillBeingEvictedAndTheNextPageShowsIt()
    {
        // Arrange: a cached front page, and an output cache whose eviction waits until the test lets it go
        await using var app = App();
        var client = app.CreateClient();
        _ = await client.GetStringAsync("/", Ct);
        _ = await client.GetStringAsync("/", Ct);

        // Act
        var save = RenameAsync(app, "Firewalls, renamed while the cache is busy");
        await save.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await _eviction.Requested.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var page = await client.GetStringAsync("/", Ct);

        // Assert
        Assert.True(save.IsCompletedSuccessfully);
        Assert.False(_eviction.Released);
        Assert.Contains("Firewalls, renamed while the cache is busy", page);
    }

    [Fact]
    public async Task AChangeSavedElsewhereShowsOnceAChangeSourceReportsIt()
    {
        // Arrange: the page is served, then the title changes behind this instance's back (as another instance's save would)
        var source = new ManualChangeSource();
        await using var app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IScheduleChangeSource>(source)));
        var client = app.CreateClient();
        _ = await client.GetStringAsync("/", Ct);
        await using (var elsewhere = _factory.Database.CreateContext())
        {
            await elsewhere.Sessions.Where(s => s.Slug == Slug)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Title, "Firewalls, renamed on another instance"), Ct);
        }

        var unreported = await client.GetStringAsync("/", Ct);

        // Act
        await source.ReportAsync(Ct);
        var reported = await client.GetStringAsync("/", Ct);

        // Assert
        Assert.DoesNotContain("Firewalls, renamed on another instance", unreported);
        Assert.Contains("Firewalls, renamed on another instance", reported);
    }

    private static async Task RenameAsync(WebApplicationFactory<Program> app, string title)
    {
        // Off the test's thread: a save that blocked on eviction would otherwise hang the test instead of failing it.
        await Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == Slug, Ct);
            session.Title = title;
            await db.SaveChangesAsync(Ct);
        }, Ct);
    }

    /// <summary>A change source the test tells when to report a change.</summary>
    private sealed class ManualChangeSource : IScheduleChangeSource
    {
        private readonly TaskCompletionSource<ScheduleChangeSignal> _watching = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task WatchAsync(ScheduleChangeSignal signal, CancellationToken cancellationToken)
        {
            _watching.TrySetResult(signal);
            return Task.CompletedTask;
        }

        /// <summary>Reports a change once the listener runs this source.</summary>
        public async Task ReportAsync(CancellationToken cancellationToken) =>
            (await _watching.Task.WaitAsync(cancellationToken)).Notify("test");
    }

    /// <summary>A published-schedule cache whose eviction waits for <see cref="Open"/>.</summary>
    private sealed class GatedEviction : IPublishedScheduleCache
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Requested => _requested.Task;

        public bool Released => _gate.Task.IsCompleted;

        public void Open() => _gate.TrySetResult();

        public async ValueTask EvictAsync(CancellationToken cancellationToken)
        {
            _requested.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
        }
    }
}
