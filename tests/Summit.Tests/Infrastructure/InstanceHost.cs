using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// One app instance on a database it shares with others: only the provider and the connection string say which, so a
/// test written against two of them runs on SQLite here and on PostgreSQL where that is set up. Polls the stored
/// version every <paramref name="pollInterval"/>.
/// </summary>
public sealed class InstanceHost(string provider, string connectionString, TimeSpan pollInterval) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Summit", connectionString);
        builder.UseSetting("Summit:Instances:PollInterval", pollInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
    }
}
