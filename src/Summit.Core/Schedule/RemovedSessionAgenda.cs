namespace Summit.Core.Schedule;

/// <summary>A personal agenda that had a removed session starred: the star went with the session, the link stays.</summary>
public class RemovedSessionAgenda
{
    public int RemovedSessionId { get; set; }

    public int AgendaId { get; set; }
}
