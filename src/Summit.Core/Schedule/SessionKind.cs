namespace Summit.Core.Schedule;

public enum SessionKind
{
    Regular,

    /// <summary>One slot shared by several subjects.</summary>
    Split,

    /// <summary>Takes half of its slot.</summary>
    Half,
}
