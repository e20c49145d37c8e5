namespace Summit.Data;

/// <summary>The database engines Summit runs on. Each has its own migrations over the same model.</summary>
public enum DatabaseProvider
{
    /// <summary>One file next to the app: the default, nothing to set up.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several instances or a database run by someone else.</summary>
    PostgreSQL,
}
