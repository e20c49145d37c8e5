using System.Diagnostics;

namespace Summit.Tests.Infrastructure;

/// <summary>Waits for something another part of the system does in its own time: asks again until it holds or the deadline passes.</summary>
public static class Eventually
{
    /// <summary>How long a change may take to appear before the test fails; the promise is a second.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <summary>Returns how long it took; fails with <paramref name="what"/> when it did not hold within <paramref name="within"/> (default <see cref="Deadline"/>).</summary>
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = within ?? Deadline;
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > deadline)
            {
                Assert.Fail($"Not within {deadline.TotalSeconds} s: {what}");
            }

            // Asking again at once would only busy the machine; the next request is the signal.
            await Task.Yield();
        }

        return clock.Elapsed;
    }
}
