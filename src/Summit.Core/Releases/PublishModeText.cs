namespace Summit.Core.Releases;

/// <summary>How organizers read each <see cref="PublishMode"/>: its name in the settings and history, and what it does.</summary>
public static class PublishModeText
{
    /// <summary>"Immediately" or "When released".</summary>
    public static string Name(PublishMode mode) => mode switch
    {
        PublishMode.Immediately => "Immediately",
        PublishMode.WhenReleased => "When released",
        _ => mode.ToString(),
    };

    /// <summary>One line on what the mode means for attendees.</summary>
    public static string Explanation(PublishMode mode) => mode switch
    {
        PublishMode.Immediately => "Each save is published at once, as its own release: attendees and calendars see it right away.",
        PublishMode.WhenReleased => "Saves change the working copy only; attendees see them when an organizer releases them on the Releases page.",
        _ => "",
    };
}
