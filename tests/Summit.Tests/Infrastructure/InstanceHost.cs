using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// One app instance on a database it shares with others: only the database's settings (provider and connection
/// string) say which, so a test written against two of them runs on each provider. Polls the stored version every
/// <paramref name="pollInterval"/>.
/// </summary>
public sealed class InstanceHost(IReadOnlyDictionary<string, string> databaseSettings, TimeSpan pollInterval) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        foreach (var (key, value) in databaseSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Summit:Instances:PollInterval", pollInterval.ToString("c", CultureInfo.InvariantCulture));
    }
}
