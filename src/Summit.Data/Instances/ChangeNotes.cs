using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Summit.Data.Instances;

/// <summary>
/// What a context's saves changed since its last commit, as <see cref="ChangeStamps"/> wrote it: read by the interceptor
/// that announces it when the transaction commits, and emptied then or when it rolls back.
/// </summary>
internal sealed class ChangeNotes
{
    public bool Schedule { get; set; }

    /// <summary>
    /// The agenda change rows, as entries: until the save is accepted, after the commit, the ids the database gave them
    /// are only in the entries, not yet in the entities.
    /// </summary>
    public List<EntityEntry<AgendaChange>> Agendas { get; } = [];

    /// <summary>Each row's id and agenda, once the rows are stored.</summary>
    public IEnumerable<(long ChangeId, int AgendaId)> StoredAgendas =>
        Agendas.Select(e => (e.Property(c => c.Id).CurrentValue, e.Entity.AgendaId));

    public bool IsEmpty => !Schedule && Agendas.Count == 0;

    public void Clear()
    {
        Schedule = false;
        Agendas.Clear();
    }
}
