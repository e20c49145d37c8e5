namespace Summit.Web.Agenda;

/// <summary>The personal feeds kept in memory (<see cref="AgendaFeedCache"/>), bound to the section <c>AgendaFeedCacheOptions</c>.</summary>
public sealed class AgendaFeedCacheOptions
{
    /// <summary>
    /// The most bytes of feeds kept, counted as their UTF-8 length plus a small overhead per entry. A ten-session feed is
    /// about 16 KB, so the default holds about two thousand; the least used go first, and a feed that is not kept is
    /// written again from the database on its next request.
    /// </summary>
    public long SizeLimit { get; set; } = 32 * 1024 * 1024;
}
