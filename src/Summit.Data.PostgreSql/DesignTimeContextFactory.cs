using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Summit.Data.PostgreSql;

/// <summary>
/// The context the EF tools build PostgreSQL migrations with. Adding a migration reads only the model, so the
/// connection string names no real server; <c>SUMMIT_DESIGN_CONNECTION</c> points commands that do connect (such as
/// <c>database update</c>) at one.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SummitDbContext>
{
    public SummitDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("SUMMIT_DESIGN_CONNECTION") ?? "Host=localhost;Database=summit;Username=postgres";
        return new SummitDbContext(new DbContextOptionsBuilder<SummitDbContext>()
            .UseSummitDatabase(DatabaseProvider.PostgreSQL, connectionString).Options);
    }
}
