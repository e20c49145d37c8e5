using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using Summit.Web.Published;

namespace Summit.Web.Caching;

/// <summary>
/// The cached public answers, held in memory within a size limit: when an answer would pass it, the least recently
/// served ones go until a quarter of the room is free again. A change to the schedule evicts them all (their keys name
/// the old version, so none would be served again anyway; eviction frees the memory at once).
/// </summary>
public sealed class CachedAnswerStore(IOptions<PublicCacheOptions> options, TimeProvider time) : IPublishedScheduleCache
{
    private readonly ConcurrentDictionary<AnswerKey, CachedAnswer> _answers = new();
    private readonly Lock _trimming = new();
    private readonly long _limit = options.Value.SizeLimitBytes;
    private readonly TimeSpan _lifetime = options.Value.EntryLifetime;
    private long _size;
    private long _generation;

    /// <summary>Changes with each eviction: a render begun before one must not store what it made from the old schedule.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The memory the stored answers hold, about.</summary>
    public long Size => Interlocked.Read(ref _size);

    public int Count => _answers.Count;

    /// <summary>The most the stored answers may hold together; no single answer is larger.</summary>
    public long SizeLimit => _limit;

    public long Now => time.GetTimestamp();

    public bool TryGet(in AnswerKey key, [NotNullWhen(true)] out CachedAnswer? answer)
    {
        if (!_answers.TryGetValue(key, out answer))
        {
            return false;
        }

        var now = time.GetTimestamp();
        if (time.GetElapsedTime(answer.StoredAt, now) > _lifetime)
        {
            Remove(key, answer);
            answer = null;
            return false;
        }

        // Coarse on purpose: a write on every hit would bounce the line between cores.
        if (time.GetElapsedTime(answer.LastUsed, now) > TimeSpan.FromSeconds(1))
        {
            answer.MarkUsed(now);
        }

        return true;
    }

    /// <summary>How long ago an answer was stored, for the Age header.</summary>
    public TimeSpan AgeOf(CachedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return time.GetElapsedTime(answer.StoredAt);
    }

    /// <summary>Stores an answer rendered during <paramref name="generation"/>; false when it is too large or came too late.</summary>
    public bool TryAdd(in AnswerKey key, CachedAnswer answer, long generation)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Size > _limit || generation != Generation || !_answers.TryAdd(key, answer))
        {
            return false;
        }

        if (Interlocked.Add(ref _size, answer.Size) > _limit)
        {
            Trim();
        }

        // Evicted while it was being added: take it out again.
        if (generation != Generation)
        {
            Remove(key, answer);
            return false;
        }

        return true;
    }

    /// <summary>After a schedule change (the change listener calls it): frees every answer's memory at once.</summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        EvictAll();
        return ValueTask.CompletedTask;
    }

    /// <summary>Removes every answer; what is being rendered at this moment is not stored.</summary>
    public void EvictAll()
    {
        Interlocked.Increment(ref _generation);
        foreach (var (key, answer) in _answers)
        {
            Remove(key, answer);
        }
    }

    private void Trim()
    {
        lock (_trimming)
        {
            if (Size <= _limit)
            {
                return;
            }

            var target = _limit / 4 * 3;
            foreach (var (key, answer) in _answers.ToArray().OrderBy(a => a.Value.LastUsed))
            {
                if (Size <= target)
                {
                    break;
                }

                Remove(key, answer);
            }
        }
    }

    private void Remove(AnswerKey key, CachedAnswer answer)
    {
        if (_answers.TryRemove(new KeyValuePair<AnswerKey, CachedAnswer>(key, answer)))
        {
            Interlocked.Add(ref _size, -answer.Size);
        }
    }
}
