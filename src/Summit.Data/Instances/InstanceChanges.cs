using System.Collections.Concurrent;

namespace Summit.Data.Instances;

/// <summary>
/// This process among the instances sharing a database: its id, sent with its notifications, and the agenda change rows
/// its own saves wrote. It has handled those already (the saving code drops its kept feed), so reading them back from
/// the database or a notification must not drop a feed written since.
/// </summary>
public sealed class InstanceChanges
{
    private readonly ConcurrentDictionary<long, byte> _ownAgendaChanges = new();

    public Guid Id { get; } = Guid.NewGuid();

    internal void MarkOwn(IEnumerable<AgendaChange> changes)
    {
        foreach (var change in changes)
        {
            _ownAgendaChanges.TryAdd(change.Id, 0);
        }
    }

    public bool IsOwn(long changeId) => _ownAgendaChanges.ContainsKey(changeId);

    /// <summary>Forgets the rows at or below <paramref name="settled"/>, which are never read again.</summary>
    public void ForgetUpTo(long settled)
    {
        foreach (var id in _ownAgendaChanges.Keys)
        {
            if (id <= settled)
            {
                _ownAgendaChanges.TryRemove(id, out _);
            }
        }
    }
}
