using System.ComponentModel.DataAnnotations;

namespace Summit.Core.Planning;

/// <summary>Tunables of the planner, bound to the <c>Planner</c> configuration section.</summary>
public sealed class PlannerOptions
{
    public const string Section = "Planner";

    /// <summary>
    /// How many days before the event's first day a tentative lead or a session still wanting one becomes a conflict:
    /// earlier, an open lead is normal planning; later, attendees may find nobody there.
    /// </summary>
    [Range(0, 365)]
    public int UnsettledLeadDays { get; set; } = 14;
}
