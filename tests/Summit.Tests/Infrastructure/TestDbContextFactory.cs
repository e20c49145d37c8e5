using Microsoft.EntityFrameworkCore;

namespace Summit.Tests.Infrastructure;

/// <summary>Hands out contexts on a <see cref="TestDatabase"/>, as the app's factory does for interactive components.</summary>
public sealed class TestDbContextFactory(TestDatabase database) : IDbContextFactory<SummitDbContext>
{
    public SummitDbContext CreateDbContext() => database.CreateContext();
}
