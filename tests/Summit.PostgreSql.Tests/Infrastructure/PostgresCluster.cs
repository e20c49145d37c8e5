using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Summit.PostgreSql.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster in a temporary folder, listening on a free loopback port, made from the installed
/// server's own programs. Tuned for tests, not for keeping data: nothing is flushed to disk, and it is stopped
/// without a shutdown checkpoint.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string InstallHint =
        "The PostgreSQL tests start a throw-away PostgreSQL server from its installed programs (/usr/lib/postgresql/<version>/bin). "
        + "Install PostgreSQL (Debian or Ubuntu: `sudo apt-get install postgresql`; .ci/run does), "
        + "or set SUMMIT_TEST_POSTGRES to the connection string of a server on which the tests may create and drop databases.";

    private const string SuperUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _bin;
    private readonly string _folder;

    private PostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The superuser's connection string to the cluster's maintenance database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database=postgres";

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The bin folder of the newest installed PostgreSQL, or null when none is installed.</summary>
    public static string? FindInstalled() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    public static async Task<PostgresCluster> StartAsync(string bin, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("summit-postgres-").FullName;
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                // The server refuses to run as root: the cluster belongs to the postgres account instead.
                await RunAsync("chown", [SuperUser, folder], cancellationToken);
            }

            // ICU's English collation, as a server set up with an English locale sorts, and the same on every machine.
            await RunAsServerAsync(Path.Combine(bin, "initdb"),
                ["-D", Path.Combine(folder, "data"), "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8",
                    "--locale-provider=icu", "--icu-locale=en-US", "--no-sync", "--no-instructions"],
                cancellationToken);

            // The port is free when chosen; should another process take it before the server binds, try another.
            for (var attempt = 1; ; attempt++)
            {
                var cluster = new PostgresCluster(bin, folder, FreeLoopbackPort());
                try
                {
                    await cluster.StartServerAsync(cancellationToken);
                    return cluster;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                }
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsServerAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"], CancellationToken.None);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var options = string.Join(' ',
            $"-p {Port}", $"-k {_folder}", "-c listen_addresses=127.0.0.1",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            // Each test class has databases of its own, each app host a pool of connections to one.
            "-c max_connections=300");
        var log = Path.Combine(_folder, "server.log");
        try
        {
            // -w returns once the server accepts connections, or fails when it cannot start.
            await RunAsServerAsync(Path.Combine(_bin, "pg_ctl"),
                ["-D", DataFolder, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", options, "-l", log, "start"],
                cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : "";
            throw new InvalidOperationException($"{ex.Message}\nServer log:\n{serverLog}", ex);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsServerAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", SuperUser, "--", program, .. arguments], cancellationToken)
            : RunAsync(program, arguments, cancellationToken);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The server's programs must not inherit a folder the postgres account may not enter.
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await errors}");
        }
    }
}
