namespace Summit.Data;

/// <summary>
/// A way to learn of schedule changes this process did not save itself, such as another instance's saves: a version
/// row polled every few seconds, or a database's change notifications. The change listener runs every registered
/// source for the app's lifetime; a source calls <see cref="ScheduleChangeSignal.Notify"/> for each change it learns of.
/// </summary>
public interface IScheduleChangeSource
{
    /// <summary>Watches for changes until <paramref name="cancellationToken"/> ends the app.</summary>
    Task WatchAsync(ScheduleChangeSignal signal, CancellationToken cancellationToken);
}
