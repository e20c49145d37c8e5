namespace Summit.Core.Releases;

/// <summary>When organizers' saves reach the public pages and feeds.</summary>
public enum PublishMode
{
    /// <summary>Each save that changes the public schedule is released at once, as its own release.</summary>
    Immediately = 0,

    /// <summary>Saves change the working copy only; attendees see it when an organizer makes a release.</summary>
    WhenReleased = 1,
}
