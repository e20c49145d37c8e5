using System.Collections.Frozen;

namespace Summit.Organizer.Accounts.Passwords;

/// <summary>
/// The list of common passwords shipped inside the app (<c>common-passwords.txt</c>): attackers try these first, so
/// length alone does not make them safe. Compared ignoring case and surrounding spaces.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "Summit.Organizer.Accounts.Passwords.common-passwords.txt";

    private readonly FrozenSet<string> _passwords;

    public CommonPasswords(IEnumerable<string> passwords) =>
        _passwords = passwords.Select(p => p.Trim()).Where(p => p.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password.Trim());

    /// <summary>The list embedded in this assembly; lines starting with # are comments.</summary>
    public static CommonPasswords LoadEmbedded()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return new CommonPasswords(lines);
    }
}
