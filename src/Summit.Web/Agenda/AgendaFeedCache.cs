using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Summit.Core.Agenda;
using Summit.Web.Calendar;
using Summit.Web.Published;

namespace Summit.Web.Agenda;

/// <summary>
/// Personal feeds as last written, per agenda, for one schedule version: a calendar app's poll is answered from memory
/// instead of a database query and a feed written again. Whatever changes an agenda's sessions or token calls
/// <see cref="Invalidate"/> with its id once the change is stored (stars, merges, a new link, removal); a schedule
/// change empties the cache, and an entry is only served for the version it was written for. A signal from another
/// instance can call the same methods. Only agendas that exist are kept: an unknown token adds nothing.
/// </summary>
public sealed class AgendaFeedCache : IPublishedScheduleCache, IDisposable
{
    /// <summary>Roughly what an entry costs beyond its bytes: the entry, its key and the feed's record.</summary>
    private const int EntryOverhead = 256;

    private readonly MemoryCache _entries;
    private long _generation;

    public AgendaFeedCache(IOptions<AgendaFeedCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One cache for both kinds of entry, so the one limit covers them: token hash to agenda id, agenda id to feed.
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit });
    }

    /// <summary>
    /// Read before looking the agenda up in the database and handed to <see cref="Add"/>: a feed written from data an
    /// invalidation has overtaken is not kept.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The feed kept for the agenda this token hash opens, written for <paramref name="version"/>.</summary>
    public bool TryGet(string tokenHash, string version, [NotNullWhen(true)] out IcsBody? body)
    {
        if (_entries.TryGetValue(tokenHash, out int agendaId)
            && _entries.TryGetValue(agendaId, out AgendaFeed? feed)
            && feed!.TokenHash == tokenHash
            && feed.Version == version)
        {
            body = feed.Body;
            return true;
        }

        body = null;
        return false;
    }

    /// <summary>Keeps a feed just written, unless an invalidation came after <paramref name="generation"/> was read.</summary>
    public void Add(string tokenHash, int agendaId, string version, IcsBody body, long generation)
    {
        ArgumentNullException.ThrowIfNull(body);
        _entries.Set(tokenHash, agendaId, new MemoryCacheEntryOptions { Size = EntryOverhead });
        _entries.Set(agendaId, new AgendaFeed(tokenHash, version, body), new MemoryCacheEntryOptions { Size = EntryOverhead + body.Bytes.Length });
        // An invalidation between the read and the line above has already run its removal; take the entry out again.
        if (Generation != generation)
        {
            _entries.Remove(agendaId);
        }
    }

    /// <summary>Forgets a token that opens no agenda (any more): its link was reset or its agenda removed.</summary>
    public void Forget(string tokenHash) => _entries.Remove(tokenHash);

    /// <summary>Called after a change to this agenda is stored: its next feed is written from the database again.</summary>
    public void Invalidate(int agendaId)
    {
        Interlocked.Increment(ref _generation);
        _entries.Remove(agendaId);
    }

    /// <summary>Called after a schedule change is stored: every feed is written again.</summary>
    public void InvalidateAll()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>
    /// After a schedule change (the listener calls it). Entries are kept per schedule version, so none would be served
    /// again; organizer saves also move stars (a merged session's), which a new version covers too.
    /// </summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        InvalidateAll();
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _entries.Dispose();

    /// <summary>The key a token's agenda is kept under: its hash, as stored, so the cache holds no usable token.</summary>
    public static string HashOf(string token) => Convert.ToHexString(AgendaToken.Hash(token));

    /// <summary>The key of an agenda's feed besides the agenda: what else its text depends on.</summary>
    public static string VersionOf(ScheduleSnapshot snapshot, DateTimeOffset now, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Removed sessions' cancellations leave the feeds when the event ends, with no save to mark that moment.
        return $"{snapshot.Version}{(snapshot.Cancellations.ArePublishedAt(now) ? "-c" : "")} {siteBase}";
    }

    private sealed record AgendaFeed(string TokenHash, string Version, IcsBody Body);
}
