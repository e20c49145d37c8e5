namespace Summit.Core.Import;

/// <summary>How much a file may hold before an import refuses it (bound from configuration section <c>Import</c>).</summary>
public sealed class ImportLimits
{
    public const string Section = "Import";

    /// <summary>The largest file accepted, in bytes: a 2,000-session schedule.json is about 3 MB.</summary>
    public long MaxFileBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>The most sessions one file may bring.</summary>
    public int MaxSessions { get; set; } = 20_000;

    /// <summary>How deeply JSON or XML may nest: real schedules need under 10 levels.</summary>
    public int MaxDepth { get; set; } = 64;
}
