using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Summit.Tests.Data;

/// <summary>Database failures are told apart by the providers' codes, so both providers get the same answers.</summary>
public sealed class DatabaseFailureTests
{
    [Theory]
    [InlineData(19, 2067, DatabaseFailureKind.UniqueViolation)]
    [InlineData(19, 1555, DatabaseFailureKind.UniqueViolation)]
    [InlineData(19, 787, DatabaseFailureKind.ForeignKeyViolation)]
    [InlineData(19, 1811, DatabaseFailureKind.ForeignKeyViolation)]
    [InlineData(19, 275, DatabaseFailureKind.Other)]
    [InlineData(5, 5, DatabaseFailureKind.Busy)]
    [InlineData(6, 262, DatabaseFailureKind.Busy)]
    [InlineData(13, 13, DatabaseFailureKind.DiskFull)]
    [InlineData(14, 14, DatabaseFailureKind.Unreachable)]
    [InlineData(10, 3850, DatabaseFailureKind.Other)]
    public void SqliteResultCodesAreClassified(int code, int extendedCode, DatabaseFailureKind expected)
    {
        // Arrange: a message that says something else, so only the code can decide
        var error = new DbUpdateException("save failed", new SqliteException("UNIQUE FOREIGN KEY busy", code, extendedCode));

        // Act
        var kind = DatabaseFailure.Classify(error);

        // Assert
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("23505", DatabaseFailureKind.UniqueViolation)]
    [InlineData("23503", DatabaseFailureKind.ForeignKeyViolation)]
    [InlineData("40001", DatabaseFailureKind.Busy)]
    [InlineData("40P01", DatabaseFailureKind.Busy)]
    [InlineData("55P03", DatabaseFailureKind.Busy)]
    [InlineData("53100", DatabaseFailureKind.DiskFull)]
    [InlineData("53300", DatabaseFailureKind.Unreachable)]
    [InlineData("57P03", DatabaseFailureKind.Unreachable)]
    [InlineData("08006", DatabaseFailureKind.Unreachable)]
    [InlineData("23514", DatabaseFailureKind.Other)]
    [InlineData("42P01", DatabaseFailureKind.Other)]
    public void PostgreSqlStatesAreClassified(string sqlState, DatabaseFailureKind expected)
    {
        // Arrange
        var error = new DbUpdateException("save failed", new PostgresException("UNIQUE constraint failed", "ERROR", "ERROR", sqlState));

        // Act
        var kind = DatabaseFailure.Classify(error);

        // Assert
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void APostgreSqlServerThatCannotBeReachedIsUnreachable()
    {
        // Arrange
        var error = new InvalidOperationException("start failed", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)));

        // Act
        var kind = DatabaseFailure.Classify(error);

        // Assert
        Assert.Equal(DatabaseFailureKind.Unreachable, kind);
    }

    [Fact]
    public void AnErrorThatIsNotTheDatabasesIsNone()
    {
        Assert.Equal(DatabaseFailureKind.None, DatabaseFailure.Classify(new InvalidOperationException("UNIQUE constraint failed")));
    }

    [Fact]
    public async Task ASlugTakenInSqliteIsAUniqueViolation()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        db.Rooms.Add(new Room { Name = "Another Windsor", Slug = "windsor-bc" });

        // Act
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(DatabaseFailureKind.UniqueViolation, DatabaseFailure.Classify(error));
    }

    [Fact]
    public async Task DeletingARoomSessionsUseInSqliteIsAForeignKeyViolation()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var used = await db.Sessions.AsNoTracking().Select(s => s.RoomId).FirstAsync(TestContext.Current.CancellationToken);

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Rooms.Where(r => r.Id == used).ExecuteDeleteAsync(TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(DatabaseFailureKind.ForeignKeyViolation, DatabaseFailure.Classify(error));
    }
}
