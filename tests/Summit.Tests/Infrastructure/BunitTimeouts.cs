using System.Runtime.CompilerServices;
using Bunit;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// How long component tests wait for a render. bUnit's one-second default is met on an idle machine, but
/// `dotnet test` runs this project beside the browser journeys on two cores, where a render that waits for the
/// dispatcher can take longer: tests then failed by luck (seen under load). A wait still ends as soon as its
/// condition holds, so a longer limit costs nothing when the test passes.
/// </summary>
internal static class BunitTimeouts
{
    [ModuleInitializer]
    internal static void Configure()
    {
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);

        // Synchronous WaitFor* calls block a pool thread each; with many component tests in parallel the pool must not
        // have to grow one thread at a time before the renderer's dispatcher gets one.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
    }
}
