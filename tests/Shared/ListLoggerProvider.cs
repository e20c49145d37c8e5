using Microsoft.Extensions.Logging;

namespace Summit.Testing;

/// <summary>Collects what an app logs, so a test can read it (the setup link, a start-up failure).</summary>
public sealed class ListLoggerProvider(List<ListLoggerProvider.Entry> entries, LogLevel minimum = LogLevel.Information) : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Message, Exception? Exception);

    public ILogger CreateLogger(string categoryName) => new Logger(entries, minimum);

    public void Dispose()
    {
    }

    private sealed class Logger(List<Entry> entries, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            lock (entries)
            {
                entries.Add(new Entry(logLevel, formatter(state, exception), exception));
            }
        }
    }
}
