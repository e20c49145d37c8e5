namespace Summit.Core.OpenData;

/// <summary>
/// The words the exports use for what the format has no field for, so that a reader of Summit's own export can
/// tell them apart from the text around them (docs/open-data.md lists the mapping).
/// </summary>
public static class ExportText
{
    /// <summary>Starts a cancelled session's title, as in the calendar feeds.</summary>
    public const string CancelledPrefix = "Cancelled: ";

    /// <summary>Ends a tentative lead's name.</summary>
    public const string TentativeSuffix = " (tentative)";

    /// <summary>A subtitle part: the session is tentative.</summary>
    public const string Tentative = "Tentative";

    /// <summary>A subtitle part: the session is looking for someone to lead it.</summary>
    public const string LeadWanted = "Lead wanted";

    /// <summary>Between subtitle parts.</summary>
    public const string SubtitleSeparator = " · ";

    /// <summary>The event type of a session kind: regular, split or half.</summary>
    public static string TypeOf(SessionKind kind) => kind switch
    {
        SessionKind.Split => "split",
        SessionKind.Half => "half",
        _ => "regular",
    };

    /// <summary>The subtitle of a session: its tentative status and whether a lead is wanted, or null for neither.</summary>
    public static string? SubtitleOf(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var tentative = session.Status == SessionStatus.Tentative;
        return (tentative, session.LeadWanted) switch
        {
            (true, true) => Tentative + SubtitleSeparator + LeadWanted,
            (true, false) => Tentative,
            (false, true) => LeadWanted,
            _ => null,
        };
    }

    /// <summary>The title of a session, marked when it is cancelled.</summary>
    public static string TitleOf(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Status == SessionStatus.Cancelled ? CancelledPrefix + session.Title : session.Title;
    }

    /// <summary>A lead's name, marked when the lead is tentative.</summary>
    public static string NameOf(LeadInfo lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return lead.IsTentative ? lead.Name + TentativeSuffix : lead.Name;
    }
}
