using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Summit.Core.Calendar;
using Summit.Core.Schedule;

namespace Summit.Bench;

/// <summary>
/// The whole-schedule feed, <c>/calendar.ics</c>, as an output-cache miss makes it: the iCal text, then its UTF-8
/// bytes and the hash its ETag is made from. Target: under 50 ms at 2,000 sessions. <c>FirstFeedAfterAChange</c>
/// gives every session a new read-model object, as a new snapshot does, so no session's event text is kept yet.
/// </summary>
[MemoryDiagnoser]
public class IcsBenchmarks
{
    private static readonly FeedDescription Feed = new("OpenStack Summit", new Uri("https://summit.example.org/"), TimeSpan.FromHours(1));

    private PublishedSchedule _schedule = null!;

    [Params(28, 2000, 10000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup() => _schedule = BenchSchedule.OfSize(Sessions);

    [Benchmark]
    public string WriteFeed() => IcsWriter.Write(_schedule.Event, _schedule.Sessions, Feed);

    [Benchmark]
    public byte[] WriteFeedWithETag() =>
        SHA256.HashData(Encoding.UTF8.GetBytes(IcsWriter.Write(_schedule.Event, _schedule.Sessions, Feed)));

    [Benchmark]
    public byte[] FirstFeedAfterAChange() =>
        SHA256.HashData(Encoding.UTF8.GetBytes(IcsWriter.Write(_schedule.Event, _schedule.Sessions.Select(s => s with { }).ToList(), Feed)));
}
