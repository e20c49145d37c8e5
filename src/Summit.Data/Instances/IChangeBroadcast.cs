using System.Data.Common;

namespace Summit.Data.Instances;

/// <summary>
/// Tells the other instances of a change inside the transaction that stores it, so the message leaves on commit and
/// never for a change rolled back (PostgreSQL's <c>pg_notify</c>). Registered only where the database can do that.
/// </summary>
public interface IChangeBroadcast
{
    Task SendAsync(DbConnection connection, DbTransaction? transaction, ChangeNotice notice, CancellationToken cancellationToken);

    void Send(DbConnection connection, DbTransaction? transaction, ChangeNotice notice);
}
