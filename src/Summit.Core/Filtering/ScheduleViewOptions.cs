namespace Summit.Core.Filtering;

/// <summary>How the public schedule opens (section <c>Summit:Schedule</c>).</summary>
public sealed class ScheduleViewOptions
{
    public const string Section = "Summit:Schedule";

    /// <summary>The threshold when none is configured.</summary>
    public const int DefaultDayThresholdDefault = 150;

    public const string Problem = "Summit:Schedule:DefaultDayThreshold must be zero or more (sessions).";

    /// <summary>Above this many sessions a schedule of several days opens on one day. Defaults to 150.</summary>
    public int DefaultDayThreshold { get; set; } = DefaultDayThresholdDefault;

    public bool IsValid => DefaultDayThreshold >= 0;
}
