namespace Summit.Web.Caching;

/// <summary>
/// How much memory cached public answers may take and how many pages and feeds are rendered at once (section
/// <c>Summit:PublicCache</c>). Checked at start: a value out of range stops the app with a message naming it.
/// </summary>
public sealed class PublicCacheOptions
{
    public const string Section = "Summit:PublicCache";

    public const string Problem =
        "Summit:PublicCache needs SizeLimitMegabytes of at least 1, a positive EntryLifetime, RenderConcurrency of at least 1 "
        + "(or 0 for one per core), RenderQueueLimit of at least 0 and ResponseBufferKilobytes between 16 and 16384.";

    /// <summary>
    /// Small by default: the common views (a day, a track, a session) are few, and a flood of made-up filter URLs must
    /// not grow the server beyond a small machine's memory; what does not fit is rendered again.
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 48;

    /// <summary>How long an answer is kept without a change to the schedule (an unused one frees its memory).</summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Pages and feeds rendered at once; 0 for one per core. Rendering is CPU work: more renders than cores only adds
    /// memory (megabytes of render tree each at 2,000 sessions) and latency.
    /// </summary>
    public int RenderConcurrency { get; set; }

    /// <summary>Renders waiting for their turn, holding nothing but the request; beyond that a 503 with Retry-After.</summary>
    public int RenderQueueLimit { get; set; } = 1000;

    /// <summary>
    /// How much of a response Kestrel holds for a connection before a write waits for the client (Kestrel's default is
    /// 64 KB). A cached page of 64-256 KB then goes out without the write waiting for the socket halfway, which cost
    /// a third of a cached hit's time; large bodies are written in pieces (<see cref="CachedAnswerWriter.LargestWrite"/>),
    /// so a connection holds at most this plus a piece.
    /// </summary>
    public int ResponseBufferKilobytes { get; set; } = 256;

    public long SizeLimitBytes => SizeLimitMegabytes * 1024L * 1024L;

    public int EffectiveRenderConcurrency => RenderConcurrency == 0 ? Environment.ProcessorCount : RenderConcurrency;

    public bool IsValid =>
        SizeLimitMegabytes >= 1 && EntryLifetime > TimeSpan.Zero && RenderConcurrency >= 0 && RenderQueueLimit >= 0
        && ResponseBufferKilobytes is >= 16 and <= 16384;
}
