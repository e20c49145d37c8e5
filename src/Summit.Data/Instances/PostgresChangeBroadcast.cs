using System.Data.Common;

namespace Summit.Data.Instances;

/// <summary>
/// <c>SELECT pg_notify(channel, payload)</c> in the saving transaction: PostgreSQL delivers it to every listening
/// connection when the transaction commits, and drops it when it rolls back. Plain ADO.NET, so it needs no Npgsql type.
/// </summary>
public sealed class PostgresChangeBroadcast : IChangeBroadcast
{
    /// <summary>The channel every instance listens on.</summary>
    public const string Channel = "summit_changes";

    public async Task SendAsync(DbConnection connection, DbTransaction? transaction, ChangeNotice notice, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, notice);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Send(DbConnection connection, DbTransaction? transaction, ChangeNotice notice)
    {
        using var command = Command(connection, transaction, notice);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, ChangeNotice notice)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(notice);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_notify(@channel, @payload)";
        AddParameter(command, "channel", Channel);
        AddParameter(command, "payload", notice.Format());
        return command;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
