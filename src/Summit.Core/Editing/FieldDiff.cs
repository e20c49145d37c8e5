namespace Summit.Core.Editing;

/// <summary>Collects the fields whose values differ between two versions of something.</summary>
public sealed class FieldDiff
{
    private readonly List<FieldChange> _changes = [];

    public IReadOnlyList<FieldChange> Changes => _changes;

    public bool IsEmpty => _changes.Count == 0;

    public FieldDiff Add<T>(string field, T old, T @new)
    {
        if (!EqualityComparer<T>.Default.Equals(old, @new))
        {
            _changes.Add(new FieldChange(field, Format(old), Format(@new)));
        }

        return this;
    }

    private static string? Format<T>(T value) => value switch
    {
        null => null,
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
