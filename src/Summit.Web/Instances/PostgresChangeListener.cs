using Npgsql;
using Summit.Data.Instances;

namespace Summit.Web.Instances;

/// <summary>
/// PostgreSQL's fast path: <c>LISTEN</c>s on its own connection for the notifications other instances' saves send on
/// commit (<see cref="PostgresChangeBroadcast"/>) and reports each at once. A lost connection is opened again after a
/// growing pause (logged); what was sent meanwhile is not redelivered, which the stored version poll heals.
/// </summary>
public sealed partial class PostgresChangeListener(
    IConfiguration configuration,
    ChangeNotifications notifications,
    AgendaChangeFollower agendas,
    InstanceChanges instance,
    ILogger<PostgresChangeListener> logger) : IScheduleChangeSource
{
    public const string SourceName = "notify";

    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    public async Task WatchAsync(ScheduleChangeSignal signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (!notifications.Enabled)
        {
            return;
        }

        var pause = FirstPause;
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListeningConnectionString());
                connection.Notification += (_, e) => Handle(signal, e.Payload);
                await connection.OpenAsync(cancellationToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresChangeBroadcast.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                if (failures > 0)
                {
                    LogListeningAgain(logger, failures);
                }

                pause = FirstPause;
                failures = 0;
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failures++;
                LogConnectionLost(logger, pause.TotalSeconds, ex);
                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private void Handle(ScheduleChangeSignal signal, string payload)
    {
        // This instance's own saves were handled when they were made.
        if (ChangeNotice.Parse(payload) is not { } notice || notice.Instance == instance.Id)
        {
            return;
        }

        if (notice.Schedule)
        {
            signal.Notify(SourceName);
        }

        if (notice.AllAgendas)
        {
            agendas.ApplyAll();
        }
        else if (notice.Agendas.Count > 0)
        {
            agendas.Apply(notice.Agendas);
        }
    }

    /// <summary>
    /// Its own connection, outside the pool: it stays open for the app's lifetime, and keepalives make a silently
    /// dropped one fail instead of waiting forever.
    /// </summary>
    private string ListeningConnectionString() =>
        new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Summit"))
        {
            Pooling = false,
            KeepAlive = 15,
            Multiplexing = false,
            ApplicationName = "summit-listen",
        }.ToString();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other instances' changes failed; trying again in {Seconds} s (the stored version poll covers the gap)")]
    private static partial void LogConnectionLost(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for other instances' changes again after {Failures} failed attempts")]
    private static partial void LogListeningAgain(ILogger logger, int failures);
}
