using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Summit.Core.Calendar;
using Summit.Core.Content;
using Summit.Core.Schedule;

namespace Summit.Bench;

/// <summary>
/// The whole-schedule feed, <c>/calendar.ics</c>, as an output-cache miss makes it: the iCal octets and the hash its
/// ETag is made from. Target: under 20 ms and 20 MB allocated at 2,000 sessions for the first feed after a change.
/// </summary>
/// <remarks>
/// The writer keeps nothing between feeds; what a snapshot keeps is each session's texts (<see cref="SessionTexts"/>).
/// <c>FirstFeedAfterOneChange</c> is the first feed after an organizer's edit: the new snapshot's texts take the
/// unchanged sessions' from the previous snapshot. <c>FirstFeed</c> gives it new texts, as the first snapshot after a start has, so every description goes through Markdown
/// again; <c>RepeatFeed</c> reuses made ones, as every later feed of the snapshot (and the first one, once the
/// background warming is done) does. <c>FeedDescriptions</c> and <c>WarmTexts</c> measure the Markdown part alone.
/// </remarks>
[MemoryDiagnoser]
public class IcsBenchmarks
{
    private static readonly FeedDescription Feed = new("OpenStack Summit", new Uri("https://summit.example.org/"), TimeSpan.FromHours(1));

    private PublishedSchedule _schedule = null!;
    private PublishedSchedule _changed = null!;
    private SessionTexts _warmTexts = null!;

    [Params(28, 2000, 10000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schedule = BenchSchedule.OfSize(Sessions);
        _warmTexts = new SessionTexts(_schedule);
        _warmTexts.Warm();
        // The next version after an organizer edited one session's description: every session a new object, as a
        // rebuilt snapshot has, one with new words.
        var sessions = _schedule.Sessions.Select(s => s with { }).ToList();
        sessions[0] = sessions[0] with { Description = sessions[0].Description + " Edited." };
        _changed = _schedule with { Sessions = sessions };
    }

    /// <summary>
    /// The first feed after a change, as it happens: the new snapshot takes the unchanged sessions' texts from the
    /// previous one (<see cref="SessionTexts"/>), so only the edited session goes through Markdown.
    /// </summary>
    [Benchmark]
    public byte[] FirstFeedAfterOneChange() =>
        SHA256.HashData(IcsWriter.WriteUtf8(_changed.Event, _changed.Sessions, [], Feed, new SessionTexts(_changed, _warmTexts)));

    /// <summary>The first feed of a freshly built snapshot: no session's texts made yet.</summary>
    [Benchmark]
    public byte[] FirstFeed() => WithETag(new SessionTexts(_schedule));

    /// <summary>Any later feed of the same snapshot.</summary>
    [Benchmark(Baseline = true)]
    public byte[] RepeatFeed() => WithETag(_warmTexts);

    /// <summary>Every session's feed description made from its Markdown: the part of <see cref="FirstFeed"/> that texts keep.</summary>
    [Benchmark]
    public int FeedDescriptions()
    {
        var length = 0;
        foreach (var session in _schedule.Sessions)
        {
            length += EventDescription.BodyOf(session).Length;
        }

        return length;
    }

    /// <summary>What the background warming of a new snapshot does: every card excerpt and feed description.</summary>
    [Benchmark]
    public SessionTexts WarmTexts()
    {
        var texts = new SessionTexts(_schedule);
        texts.Warm();
        return texts;
    }

    private byte[] WithETag(SessionTexts texts) =>
        SHA256.HashData(IcsWriter.WriteUtf8(_schedule.Event, _schedule.Sessions, [], Feed, texts));
}
