using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using Summit.Core.Filtering;
using Summit.Core.Schedule;
using Summit.Core.Time;
using Summit.Web.Schedule;

namespace Summit.Bench;

/// <summary>
/// An uncached schedule page's own work: filter the snapshot (with facet counts), group by day and slot, and render
/// <see cref="ScheduleView"/> with every card to HTML. <c>OneDay</c> is what a large event opens on. Target: one day
/// of a 2,000-session event under 30 ms. <c>OneDayFirstAfterAChange</c> renders new read-model objects, as the first
/// request after a new snapshot does, so the cards' excerpts are made, not reused.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks : IDisposable
{
    private ServiceProvider _services = null!;
    private HtmlRenderer _renderer = null!;
    private FilterIndex _index = null!;
    private EventClock _clock = null!;
    private ScheduleFilter _oneDay = null!;

    [Params(28, 2000, 10000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var schedule = BenchSchedule.OfSize(Sessions);
        _index = FilterIndex.Build(schedule);
        _clock = new EventClock(schedule.Event.TimeZoneId);
        _oneDay = new ScheduleFilter { Days = [schedule.Days[0]] };
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton<NavigationManager, FixedNavigationManager>()
            .AddMudServices()
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    [Benchmark]
    public Task<int> OneDay() => RenderAsync(_oneDay);

    [Benchmark]
    public Task<int> AllDays() => RenderAsync(ScheduleFilter.None);

    [Benchmark]
    public Task<int> OneDayFirstAfterAChange() => RenderAsync(_oneDay, fresh: true);

    private Task<int> RenderAsync(ScheduleFilter filter, bool fresh = false) => _renderer.Dispatcher.InvokeAsync(async () =>
    {
        var sessions = _index.Apply(filter).Sessions;
        var days = ScheduleGrouping.ByDayAndSlot(fresh ? [.. sessions.Select(s => s with { })] : sessions);
        var output = await _renderer.RenderComponentAsync<ScheduleView>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(ScheduleView.Days)] = days,
            [nameof(ScheduleView.Clock)] = _clock,
        }));
        using var writer = new StringWriter();
        output.WriteHtmlTo(writer);
        return writer.GetStringBuilder().Length;
    });

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
        public FixedNavigationManager() => Initialize("https://summit.example.org/", "https://summit.example.org/");
    }
}
