namespace Summit.Organizer.Forms;

/// <summary>
/// The forms on one page and what each would lose. A form registers with <see cref="Track"/> and says what it holds
/// that differs from what was loaded or last saved; the page's <see cref="UnsavedEditsGuard"/> asks before leaving while
/// any form does. Forms call <see cref="Check"/> after they render, since an edit re-renders only the form it is in.
/// </summary>
public sealed class UnsavedEdits
{
    private readonly List<Func<string?>> _forms = [];

    /// <summary>A form may have changed: the guard looks again.</summary>
    public event Action? Changed;

    /// <summary>True while any form holds an unsaved edit.</summary>
    public bool Any => _forms.Exists(f => f() is not null);

    /// <param name="pending">What the form would lose, as it ends "Your changes to … will be lost" ("the new room"), or null while it holds nothing unsaved.</param>
    /// <returns>Disposed when the form goes away.</returns>
    public IDisposable Track(Func<string?> pending)
    {
        _forms.Add(pending);
        return new Registration(this, pending);
    }

    /// <summary>What each form with unsaved edits would lose, in the order they registered.</summary>
    public IReadOnlyList<string> Pending() => [.. _forms.Select(f => f()).OfType<string>()];

    public void Check() => Changed?.Invoke();

    private sealed class Registration(UnsavedEdits edits, Func<string?> pending) : IDisposable
    {
        public void Dispose()
        {
            if (edits._forms.Remove(pending))
            {
                edits.Check();
            }
        }
    }
}
