using System.Diagnostics;
using Summit.Data.Instances;
using Summit.Web.Agenda;

namespace Summit.Web.Instances;

/// <summary>
/// Drops the personal feeds this instance keeps for agendas another instance changed, as the agenda change rows
/// (<see cref="AgendaChange"/>) report them, from the poll and from notifications alike; each row once, and none this
/// instance wrote itself. Rows are read again until they are <see cref="Settling"/> old: PostgreSQL numbers a row
/// when it is inserted, not when it commits, so a row below the highest one read may still appear.
/// </summary>
public sealed class AgendaChangeFollower(AgendaFeedCache feeds, InstanceChanges instance)
{
    /// <summary>Far longer than a star's transaction takes from its insert to its commit.</summary>
    internal static readonly TimeSpan Settling = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly HashSet<long> _seen = [];
    private readonly Queue<(long At, long Highest)> _marks = new();
    private long? _settled;

    /// <summary>Rows at or below this are settled and not read again; null until the first poll.</summary>
    public long? Settled
    {
        get
        {
            lock (_lock)
            {
                return _settled;
            }
        }
    }

    /// <summary>
    /// Starts following from <paramref name="newest"/>. After failed polls what changed meanwhile is unknown, so every
    /// kept feed goes (<paramref name="dropKept"/>); at the first poll, made as the app starts, there is nothing to drop.
    /// </summary>
    public void Restart(long newest, bool dropKept)
    {
        lock (_lock)
        {
            _settled = newest;
            _seen.Clear();
            _marks.Clear();
        }

        if (dropKept)
        {
            feeds.InvalidateAll();
        }
    }

    /// <summary>Drops the feeds of the agendas changed by rows not seen before.</summary>
    public void Apply(IEnumerable<(long ChangeId, int AgendaId)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_lock)
        {
            foreach (var (changeId, agendaId) in changes)
            {
                if ((_settled is null || changeId > _settled) && _seen.Add(changeId) && !instance.IsOwn(changeId))
                {
                    feeds.Invalidate(agendaId);
                }
            }
        }
    }

    /// <summary>After a poll: rows read more than <see cref="Settling"/> ago are not read again.</summary>
    public void Settle()
    {
        long settled;
        lock (_lock)
        {
            if (_settled is null)
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            _marks.Enqueue((now, Math.Max(_settled.Value, _seen.Count == 0 ? 0 : _seen.Max())));
            while (_marks.TryPeek(out var mark) && Stopwatch.GetElapsedTime(mark.At, now) >= Settling)
            {
                _settled = Math.Max(_settled.Value, mark.Highest);
                _marks.Dequeue();
            }

            settled = _settled.Value;
            _seen.RemoveWhere(id => id <= settled);
        }

        instance.ForgetUpTo(settled);
    }

    /// <summary>A notification that some agendas changed, without saying which (a payload too long to send).</summary>
    public void ApplyAll() => feeds.InvalidateAll();
}
