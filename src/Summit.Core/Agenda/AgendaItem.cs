namespace Summit.Core.Agenda;

public class AgendaItem
{
    public int AgendaId { get; set; }

    public int SessionId { get; set; }

    public DateTime AddedUtc { get; set; }
}
