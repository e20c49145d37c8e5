using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Summit.Data.Releases;

/// <summary>
/// How a release's schedule is stored: whole, or as the sessions that differ from a base release plus the rest of the
/// schedule when that differs too. Compressed JSON either way.
/// </summary>
internal static class ReleaseContent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>A hash of the schedule's public content, the same for the same schedule across restarts and instances.</summary>
    public static string Hash(PublishedSchedule schedule) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(schedule, Json)).AsSpan(0, 16));

    public static byte[] Whole(PublishedSchedule schedule) => Compress(new Stored(schedule, null));

    /// <summary>The difference from <paramref name="baseline"/>, or null when it would not rebuild the same schedule.</summary>
    public static byte[]? Difference(PublishedSchedule baseline, PublishedSchedule schedule, string hash)
    {
        var before = baseline.Sessions.ToDictionary(s => s.Uid);
        var changed = schedule.Sessions.Where(s => !before.TryGetValue(s.Uid, out var old) || !SameSession(old, s)).ToList();
        var present = schedule.Sessions.Select(s => s.Uid).ToHashSet();
        var gone = baseline.Sessions.Where(s => !present.Contains(s.Uid)).Select(s => s.Uid).ToList();
        var rest = WithoutSessions(schedule);
        var delta = new Delta(SameRest(WithoutSessions(baseline), rest) ? null : rest, changed, gone);
        var stored = new Stored(null, delta);

        // A difference is kept only if it rebuilds exactly the schedule it stands for.
        return Hash(Apply(baseline, delta)) == hash ? Compress(stored) : null;
    }

    /// <summary>The schedule stored in <paramref name="content"/>, given the schedule of its base release when it has one.</summary>
    public static PublishedSchedule Read(byte[] content, PublishedSchedule? baseline)
    {
        var stored = Decompress(content);
        if (stored.Whole is { } whole)
        {
            return whole;
        }

        var delta = stored.Delta ?? throw new InvalidDataException("A stored release holds neither a schedule nor a difference.");
        return Apply(baseline ?? throw new InvalidDataException("A release stored as a difference was read without its base."), delta);
    }

    public static byte[] CompressJson<T>(T value)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal))
        {
            JsonSerializer.Serialize(brotli, value, Json);
        }

        return output.ToArray();
    }

    public static T DecompressJson<T>(byte[] content)
    {
        using var brotli = new BrotliStream(new MemoryStream(content), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, Json) ?? throw new InvalidDataException("A stored release is empty.");
    }

    private static byte[] Compress(Stored stored) => CompressJson(stored);

    private static Stored Decompress(byte[] content) => DecompressJson<Stored>(content);

    private static PublishedSchedule Apply(PublishedSchedule baseline, Delta delta)
    {
        var gone = delta.Gone.ToHashSet();
        var changed = delta.Changed.ToDictionary(s => s.Uid);
        var sessions = baseline.Sessions.Where(s => !gone.Contains(s.Uid) && !changed.ContainsKey(s.Uid)).Concat(changed.Values);
        return (delta.Rest ?? WithoutSessions(baseline)) with { Sessions = ScheduleOrder.Sort(sessions).ToList() };
    }

    private static PublishedSchedule WithoutSessions(PublishedSchedule schedule) => schedule with { Sessions = [] };

    private static bool SameRest(PublishedSchedule a, PublishedSchedule b) =>
        JsonSerializer.SerializeToUtf8Bytes(a, Json).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(b, Json));

    private static bool SameSession(ScheduledSession a, ScheduledSession b) =>
        JsonSerializer.SerializeToUtf8Bytes(a, Json).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(b, Json));

    private sealed record Stored(PublishedSchedule? Whole, Delta? Delta);

    private sealed record Delta(PublishedSchedule? Rest, IReadOnlyList<ScheduledSession> Changed, IReadOnlyList<Guid> Gone);
}
