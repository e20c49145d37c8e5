using Summit.Core.Content;

namespace Summit.Core.Calendar;

/// <summary>The plain text a calendar event shows as its description.</summary>
public static class EventDescription
{
    /// <summary>
    /// The description without the session's address, which depends on the site the feed is served under: the
    /// description, each subject of a split or merged session, the leads, and whether a lead is wanted. Either empty or
    /// ending in a line break, so the address can follow it.
    /// </summary>
    public static string BodyOf(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var text = new PooledText(session.Description.Length + 256);
        if (session.Status == SessionStatus.Cancelled)
        {
            text.Append("CANCELLED.\n\n");
        }

        var before = text.Length;
        MarkdownRenderer.AppendPlainText(text, session.Description);
        if (text.Length > before)
        {
            text.Append("\n\n");
        }

        if (session.Subjects.Count > 0)
        {
            text.Append(session.Kind == SessionKind.Split ? "This split session covers:\n\n" : "This session includes:\n\n");
            for (var i = 0; i < session.Subjects.Count; i++)
            {
                var subject = session.Subjects[i];
                text.Append(i + 1).Append(". ").Append(subject.Title).Append('\n');
                before = text.Length;
                MarkdownRenderer.AppendPlainText(text, subject.Description);
                if (text.Length > before)
                {
                    text.Append('\n');
                }

                text.Append('\n');
            }
        }

        AppendLeads(text, session.Leads, tentativeMarked: true);
        if (session.LeadWanted)
        {
            text.Append("Lead wanted: this session is looking for someone to lead it.\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A removed session's description, without its address: that it was cancelled (and where it went, when it was
    /// merged into another session), then its leads.
    /// </summary>
    public static string CancelledBodyOf(CancelledSession cancelled, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(cancelled);
        ArgumentNullException.ThrowIfNull(siteBase);
        using var text = new PooledText(256);
        text.Append(cancelled.MergedInto is { } into
            ? $"CANCELLED. This session was merged into “{into.Name}”: {SessionAddress.Of(siteBase, into.Slug)}\n\n"
            : "CANCELLED. This session was removed from the schedule.\n\n");
        AppendLeads(text, cancelled.AsItWas.Leads, tentativeMarked: false);
        return text.ToString();
    }

    private static void AppendLeads(PooledText text, IReadOnlyList<LeadInfo> leads, bool tentativeMarked)
    {
        if (leads.Count == 0)
        {
            return;
        }

        text.Append(leads.Count == 1 ? "Lead: " : "Leads: ");
        for (var i = 0; i < leads.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(leads[i].Name);
            if (tentativeMarked && leads[i].IsTentative)
            {
                text.Append(" (tentative)");
            }
        }

        text.Append('\n');
    }
}
