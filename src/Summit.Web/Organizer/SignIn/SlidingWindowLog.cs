using System.Collections.Concurrent;

namespace Summit.Web.Organizer.SignIn;

/// <summary>
/// An exact sliding window per key: the times of the events in the last window, at most the limit of them, so the
/// wait it reports is when the oldest one leaves the window. Keys with no recent events are dropped once per window.
/// </summary>
public sealed class SlidingWindowLog(TimeProvider clock, int limit, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _events = new(StringComparer.Ordinal);
    private readonly Lock _sweepLock = new();
    private DateTimeOffset _nextSweep = clock.GetUtcNow() + window;

    /// <summary>Records an event when the key is under its limit (null); otherwise records nothing and returns the wait.</summary>
    public TimeSpan? TryRecord(string key) => Use(key, record: true);

    /// <summary>The wait before the key may have another event, or null when it may now.</summary>
    public TimeSpan? Wait(string key) => Use(key, record: false);

    /// <summary>Records an event whatever the count (the oldest is forgotten past the limit).</summary>
    public void Record(string key)
    {
        var now = clock.GetUtcNow();
        var events = _events.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (events)
        {
            Trim(events, now);
            if (events.Count >= limit)
            {
                events.Dequeue();
            }

            events.Enqueue(now);
        }

        Sweep(now);
    }

    private TimeSpan? Use(string key, bool record)
    {
        var now = clock.GetUtcNow();
        var events = _events.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        TimeSpan? wait;
        lock (events)
        {
            Trim(events, now);
            wait = events.Count >= limit ? events.Peek() + window - now : null;
            if (wait is null && record)
            {
                events.Enqueue(now);
            }
        }

        Sweep(now);
        return wait;
    }

    private void Trim(Queue<DateTimeOffset> events, DateTimeOffset now)
    {
        while (events.Count > 0 && events.Peek() + window <= now)
        {
            events.Dequeue();
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        lock (_sweepLock)
        {
            if (now < _nextSweep)
            {
                return;
            }

            _nextSweep = now + window;
        }

        foreach (var (key, events) in _events)
        {
            lock (events)
            {
                Trim(events, now);
                if (events.Count == 0)
                {
                    _events.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(key, events));
                }
            }
        }
    }
}
