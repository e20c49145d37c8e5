namespace Summit.Core.Schedule;

public class SessionLead
{
    public int SessionId { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>True while the lead is only expected ("Youcef leading this one?").</summary>
    public bool IsTentative { get; set; }

    public int Order { get; set; }
}
