namespace Summit.Data;

/// <summary>
/// Says that the schedule changed. It depends on nothing, so the interceptor inside every database context can
/// hold it while the snapshot cache, which itself needs contexts, listens to it.
/// </summary>
public sealed class ScheduleChangeSignal
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
