using System.Threading.Channels;

namespace Summit.Data;

/// <summary>
/// Says that the schedule changed. It depends on nothing, so the interceptor inside every database context can hold
/// it while the snapshot cache, which itself needs contexts, reads it. A change does two things: at once, on the
/// saving thread, it raises <see cref="Generation"/>, so the next request builds a new snapshot; and it leaves a
/// notice for the listener that evicts and warms in the background (<see cref="Changes"/>), off the save's path.
/// Every source of changes reports here: this instance's saves today, and sources that learn of other instances'
/// saves (<see cref="IScheduleChangeSource"/>).
/// </summary>
public sealed class ScheduleChangeSignal
{
    // One pending notice stands for any number of changes: the listener's work (evict, rebuild, warm) is the same for
    // one change as for a burst, and it reads the newest schedule when it gets to it.
    private readonly Channel<ScheduleChanged> _changes = Channel.CreateBounded<ScheduleChanged>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long _generation;

    /// <summary>Raised by every change: a snapshot built before the latest change is stale.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>Changes not yet handled by the listener, coalesced into at most one notice.</summary>
    public ChannelReader<ScheduleChanged> Changes => _changes.Reader;

    /// <summary>
    /// Raised after every change, on the thread that reported it, for live views (the planner) that redraw when anyone
    /// changes the schedule. Handlers must return at once: post the work to their own dispatcher, never wait.
    /// </summary>
    public event Action? Changed;

    /// <param name="source">Where the change was learnt of, for the log.</param>
    public void Notify(string source = ScheduleChanged.ThisInstance)
    {
        Interlocked.Increment(ref _generation);
        _changes.Writer.TryWrite(new ScheduleChanged(source));
        Changed?.Invoke();
    }
}

/// <summary>A notice that the schedule changed since the listener last looked.</summary>
/// <param name="Source">Where the change was learnt of: <see cref="ThisInstance"/>, or a source's name.</param>
public sealed record ScheduleChanged(string Source)
{
    public const string ThisInstance = "save";
}
