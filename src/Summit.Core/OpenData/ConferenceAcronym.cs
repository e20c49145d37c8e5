using System.Globalization;
using System.Text;

namespace Summit.Core.OpenData;

/// <summary>
/// The event's acronym in the exports, derived from its name, as Summit keeps none: lower-case ASCII letters and
/// digits with underscores between words ("OpenStack Summit Fall 2012" gives "openstack_summit_fall_2012"). Underscores,
/// not hyphens: the JSON schema allows no hyphen inside an acronym, and both schemas want at least four characters.
/// </summary>
public static class ConferenceAcronym
{
    public const int MaxLength = 40;
    private const int MinLength = 4;
    private const string Fallback = "summit";

    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var acronym = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                acronym.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && acronym.Length > 0 && acronym[^1] != '_')
            {
                acronym.Append('_');
            }
        }

        var result = acronym.ToString().Trim('_');
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength].TrimEnd('_');
        }

        if (result.Length == 0)
        {
            return Fallback;
        }

        return result.Length < MinLength ? result + "_" + Fallback : result;
    }
}
