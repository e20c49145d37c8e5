using System.Runtime.CompilerServices;

namespace Summit.Core.Content;

/// <summary>
/// The one-paragraph excerpt a schedule card shows. Parsing Markdown for every card of every uncached page would
/// cost more than the rest of the render at thousands of sessions, so each read-model session's excerpt is made
/// once and kept for as long as that session object lives (a snapshot of the schedule keeps them alive; a newer
/// snapshot's sessions get their own).
/// </summary>
public static class SessionExcerpts
{
    private static readonly ConditionalWeakTable<ScheduledSession, string> Cache = [];

    public static string Of(ScheduledSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Cache.GetValue(session, static s => MarkdownRenderer.Excerpt(
            string.IsNullOrWhiteSpace(s.Description) && s.Subjects.Count > 0 ? s.Subjects[0].Description : s.Description));
    }
}
