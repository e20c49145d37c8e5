using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Summit.Web.Agenda;

/// <summary>
/// Guards the creation of agendas: one at a time in this process, so that concurrent first stars carrying the same
/// fresh token (<see cref="AgendaCookie.FreshName"/>) make one agenda, and at most
/// <see cref="AgendaOptions.CreationBurst"/> at once per client address, so that one client cannot fill the database.
/// </summary>
public sealed class AgendaCreations : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly PartitionedRateLimiter<string> _perClient;

    public AgendaCreations(IOptions<AgendaOptions> options)
    {
        var limits = options.Value;
        _perClient = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.CreationBurst,
                TokensPerPeriod = limits.CreationsPerPeriod,
                ReplenishmentPeriod = limits.CreationPeriod,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Waits until no other agenda is being created here; dispose the result to let the next one go.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        return new Exit(_oneAtATime);
    }

    /// <summary>Takes one creation from the client's allowance; when none is left, says when to try again.</summary>
    public bool TryTake(string client, out TimeSpan retryAfter)
    {
        using var lease = _perClient.AttemptAcquire(client);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _oneAtATime.Dispose();
    }

    private sealed class Exit(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
