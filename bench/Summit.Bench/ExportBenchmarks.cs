using System.IO.Compression;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Summit.Core.OpenData;
using Summit.Core.Schedule;
using Summit.Core.Time;

namespace Summit.Bench;

/// <summary>
/// The open-data exports, <c>/schedule.json</c> and <c>/schedule.xml</c>, as a cache miss makes them: the export built
/// from the published schedule (days, rooms, every session with its offset times, subjects and leads), written out, and
/// the hash its ETag is made from. A hit serves the stored bytes and costs none of this.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private static readonly Uri Site = new("https://summit.example.org/");

    private PublishedSchedule _schedule = null!;
    private EventClock _clock = null!;

    [Params(28, 2000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schedule = BenchSchedule.OfSize(Sessions);
        _clock = new EventClock(_schedule.Event.TimeZoneId);
        // What an app downloads: each file's size as written and with Brotli at the site's level.
        foreach (var (name, bytes) in new[] { ("schedule.json", ScheduleJsonWriter.WriteUtf8(Build())), ("schedule.xml", ScheduleXmlWriter.WriteUtf8(Build())) })
        {
            using var compressed = new MemoryStream();
            using (var brotli = new BrotliStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                brotli.Write(bytes);
            }

            Console.WriteLine($"// {name}, {Sessions} sessions: {bytes.Length / 1024.0:F0} KB, {compressed.Length / 1024.0:F0} KB with Brotli");
        }
    }

    /// <summary>The whole schedule as <c>schedule.json</c>.</summary>
    [Benchmark(Baseline = true)]
    public byte[] ScheduleJson() => SHA256.HashData(ScheduleJsonWriter.WriteUtf8(Build()));

    /// <summary>The whole schedule as <c>schedule.xml</c>.</summary>
    [Benchmark]
    public byte[] ScheduleXml() => SHA256.HashData(ScheduleXmlWriter.WriteUtf8(Build()));

    /// <summary>The export model alone, which both files share.</summary>
    [Benchmark]
    public ScheduleExport BuildExport() => Build();

    private ScheduleExport Build() =>
        ScheduleExportBuilder.Build(_schedule, _schedule.Sessions, _clock, "1", Site, Site + "schedule.json");
}
