using BenchmarkDotNet.Attributes;
using Summit.Core.Filtering;
using Summit.Core.Generation;
using Summit.Core.Schedule;

namespace Summit.Bench;

/// <summary>
/// <see cref="FilterIndex.Apply"/> on a generated schedule of 5,000 sessions (25 rooms, 4 days): each call filters
/// and computes the facet counts the filter bar shows. Target: under 1 ms for a full filter.
/// </summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private FilterIndex _index = null!;
    private ScheduleFilter _oneTrack = null!;
    private ScheduleFilter _trackAndDay = null!;
    private ScheduleFilter _textTwoWords = null!;
    private ScheduleFilter _fullFilter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schedule = ScheduleGenerator.Generate(BenchSchedule.Options);
        _index = FilterIndex.Build(schedule);

        _oneTrack = new ScheduleFilter { Tracks = ["nova"] };
        _trackAndDay = new ScheduleFilter { Tracks = ["nova"], Days = [schedule.Days[1]] };

        // Two words of the generated text: "café" (folded to cafe) and a prefix, "upgrad", as attendees type.
        _textTwoWords = new ScheduleFilter { Text = "café upgrad" };
        _fullFilter = new ScheduleFilter
        {
            Rooms = [schedule.Rooms[0].Slug, schedule.Rooms[1].Slug],
            Days = [schedule.Days[0]],
            Tracks = ["quantum", "nova"],
            Kinds = [SessionKind.Regular],
            Text = "gate",
        };
    }

    [Benchmark]
    public FilterResult NoFilter() => _index.Apply(ScheduleFilter.None);

    [Benchmark]
    public FilterResult OneTrack() => _index.Apply(_oneTrack);

    [Benchmark]
    public FilterResult TrackAndDay() => _index.Apply(_trackAndDay);

    [Benchmark]
    public FilterResult TextTwoWords() => _index.Apply(_textTwoWords);

    /// <summary>Room ×2, day, track ×2, kind and one word of text: a full filter with facet counts.</summary>
    [Benchmark]
    public FilterResult FullFilter() => _index.Apply(_fullFilter);
}

/// <summary>The cost of <see cref="FilterIndex.Build"/>: once per published schedule snapshot.</summary>
[MemoryDiagnoser]
public class FilterIndexBenchmarks
{
    private PublishedSchedule _schedule = null!;

    [GlobalSetup]
    public void Setup() => _schedule = ScheduleGenerator.Generate(BenchSchedule.Options);

    [Benchmark]
    public FilterIndex BuildIndex() => FilterIndex.Build(_schedule);
}
