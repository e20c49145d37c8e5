using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using Summit.Core.Filtering;
using Summit.Core.Grid;
using Summit.Core.Schedule;
using Summit.Core.Time;
using Summit.Web.Grid;

namespace Summit.Bench;

/// <summary>
/// An uncached grid page's own work, beside <see cref="RenderBenchmarks"/>: filter the snapshot to one day, lay it out
/// (<see cref="GridLayout"/>) and render <see cref="ScheduleGrid"/> to HTML. Target: one day of a 2,000-session,
/// 25-room event under 30 ms. <c>Layout</c> is the layout alone. The setup prints the day's HTML size and its Brotli
/// size at the level the site compresses pages with (target under 200 KB).
/// </summary>
[MemoryDiagnoser]
public class GridBenchmarks : IDisposable
{
    private ServiceProvider _services = null!;
    private HtmlRenderer _renderer = null!;
    private PublishedSchedule _schedule = null!;
    private FilterIndex _index = null!;
    private EventClock _clock = null!;
    private ScheduleFilter _oneDay = null!;

    [Params(28, 2000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schedule = BenchSchedule.OfSize(Sessions);
        _index = FilterIndex.Build(_schedule);
        _clock = new EventClock(_schedule.Event.TimeZoneId);
        _oneDay = new ScheduleFilter { Days = [_schedule.Days[0]] };
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton<NavigationManager, FixedNavigationManager>()
            .AddMudServices()
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        ReportSize();
    }

    [Benchmark]
    public int Layout() => GridLayout.ByDay(_schedule.Rooms, _index.Apply(_oneDay).Sessions).Count;

    [Benchmark]
    public Task<int> OneDay() => RenderAsync().ContinueWith(t => t.Result.Length, TaskScheduler.Default);

    private Task<string> RenderAsync() => _renderer.Dispatcher.InvokeAsync(async () =>
    {
        var days = GridLayout.ByDay(_schedule.Rooms, _index.Apply(_oneDay).Sessions);
        var output = await _renderer.RenderComponentAsync<ScheduleGrid>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(ScheduleGrid.Days)] = days,
            [nameof(ScheduleGrid.Clock)] = _clock,
            [nameof(ScheduleGrid.ShowDayLinks)] = false,
        }));
        using var writer = new StringWriter();
        output.WriteHtmlTo(writer);
        return writer.ToString();
    });

    private void ReportSize()
    {
        var html = Encoding.UTF8.GetBytes(RenderAsync().GetAwaiter().GetResult());
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(html);
        }

        Console.WriteLine($"// Grid of one day at {Sessions} sessions: {html.Length:N0} bytes of HTML, {compressed.Length:N0} with Brotli (optimal)");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The star buttons read the current address; outside a request there is none, so give them one.</summary>
    private sealed class FixedNavigationManager : NavigationManager
    {
        public FixedNavigationManager() => Initialize("https://summit.example.org/grid", "https://summit.example.org/grid");
    }
}
