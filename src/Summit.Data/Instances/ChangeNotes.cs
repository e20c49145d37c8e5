namespace Summit.Data.Instances;

/// <summary>
/// What a context's saves changed since its last commit, as <see cref="ChangeStamps"/> wrote it: read by the interceptor
/// that announces it when the transaction commits, and emptied then or when it rolls back.
/// </summary>
internal sealed class ChangeNotes
{
    public bool Schedule { get; set; }

    public List<AgendaChange> Agendas { get; } = [];

    public bool IsEmpty => !Schedule && Agendas.Count == 0;

    public void Clear()
    {
        Schedule = false;
        Agendas.Clear();
    }
}
