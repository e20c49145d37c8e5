namespace Summit.Data.Instances;

/// <summary>
/// One stored change to an agenda (a star, a merge, a new link, its removal), written in the same transaction as the
/// change (<see cref="ChangeStamps"/>). Other instances read the rows after the last one they saw and drop the feeds
/// they keep for those agendas; the newest rows are enough, so old ones are pruned.
/// </summary>
public sealed class AgendaChange
{
    public long Id { get; set; }

    /// <summary>The agenda that changed; no foreign key, as a removed agenda's change outlives it.</summary>
    public int AgendaId { get; set; }
}
