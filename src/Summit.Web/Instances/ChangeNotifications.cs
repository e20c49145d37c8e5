using System.Data.Common;
using Microsoft.Extensions.Options;
using Summit.Data.Instances;

namespace Summit.Web.Instances;

/// <summary>
/// Whether saves notify the other instances and this one listens: on PostgreSQL unless
/// <see cref="InstancesOptions.Notifications"/> turns it off. Decided when first resolved, once configuration is complete.
/// </summary>
public sealed class ChangeNotifications(IOptions<DatabaseOptions> database, IOptions<InstancesOptions> options) : IChangeBroadcast
{
    private readonly PostgresChangeBroadcast _postgres = new();

    public bool Enabled { get; } =
        database.Value.ParseProvider() == DatabaseProvider.PostgreSQL && options.Value.Notifications;

    public Task SendAsync(DbConnection connection, DbTransaction? transaction, ChangeNotice notice, CancellationToken cancellationToken) =>
        Enabled ? _postgres.SendAsync(connection, transaction, notice, cancellationToken) : Task.CompletedTask;

    public void Send(DbConnection connection, DbTransaction? transaction, ChangeNotice notice)
    {
        if (Enabled)
        {
            _postgres.Send(connection, transaction, notice);
        }
    }
}
