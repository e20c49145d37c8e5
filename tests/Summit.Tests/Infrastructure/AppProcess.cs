using System.Diagnostics;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// The app built for the tests, run as a process of its own from a folder of its own, as on another machine: each file
/// and folder of the build linked into it, except the web assembly, copied with the file time given. Listens on a free
/// loopback port; stopped (and its folder removed) on dispose.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const string WebAssembly = "Summit.Web.dll";

    private readonly Process _process;
    private readonly string _folder;

    private AppProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    /// <summary>The public address every instance is configured with, as behind one proxy.</summary>
    public const string PublicBaseUrl = "https://summit.example.org";

    public Uri Address { get; }

    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>Starts the app on <paramref name="databasePath"/> and returns once it listens.</summary>
    public static async Task<AppProcess> StartAsync(string databasePath, DateTime webAssemblyFileTimeUtc, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("summit-host-").FullName;
        foreach (var directory in Directory.EnumerateDirectories(AppContext.BaseDirectory))
        {
            Directory.CreateSymbolicLink(Path.Combine(folder, Path.GetFileName(directory)), directory);
        }

        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            var name = Path.GetFileName(file);
            var target = Path.Combine(folder, name);
            if (name == WebAssembly)
            {
                File.Copy(file, target);
                File.SetLastWriteTimeUtc(target, webAssemblyFileTimeUtc);
            }
            else
            {
                File.CreateSymbolicLink(target, file);
            }
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAssembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Summit"] = $"Data Source={databasePath};Pooling=False";
        // Instances behind one proxy answer for one public address (feeds write absolute links).
        start.Environment["Summit__PublicBaseUrl"] = PublicBaseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            return new AppProcess(process, folder, await ListeningAddressAsync(process, cancellationToken));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            process.Dispose();
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>The address from the host's "Now listening on:" line; a process that exits first fails the test.</summary>
    private static async Task<Uri> ListeningAddressAsync(Process process, CancellationToken cancellationToken)
    {
        const string Listening = "Now listening on: ";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(Listening, StringComparison.Ordinal);
            if (at >= 0)
            {
                // Keep reading, or a full pipe would block the app's logging.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new Uri(line[(at + Listening.Length)..].Trim());
            }
        }

        throw new InvalidOperationException($"The app exited with code {(process.WaitForExit(5000) ? process.ExitCode : -1)} before it listened.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
