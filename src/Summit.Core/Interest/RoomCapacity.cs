using System.Globalization;

namespace Summit.Core.Interest;

/// <summary>
/// How many people a room holds, as organizers type it: a whole number from 1 to <see cref="Max"/>, or nothing when
/// unknown. Its one use is to compare with a session's stars, so a room that holds nobody makes no sense.
/// </summary>
public static class RoomCapacity
{
    /// <summary>A stadium, not a typo: anything larger is a slip of the keyboard.</summary>
    public const int Max = 100_000;

    /// <summary>The capacity in <paramref name="text"/> (null when empty), or the message saying what to type.</summary>
    public static (int? Capacity, string? Error) Read(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        // Digits only: no signs, separators or decimals, which would each read differently in another culture.
        if (trimmed.All(char.IsAsciiDigit) && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity)
            && capacity is >= 1 and <= Max)
        {
            return (capacity, null);
        }

        return (null, $"Give the number of people the room holds, a whole number from 1 to {Max.ToString("N0", CultureInfo.InvariantCulture)}, or leave it empty.");
    }

    /// <summary>"40", or empty when unknown: what the field shows.</summary>
    public static string Text(int? capacity) => capacity?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>More people starred the session than its room holds; never when the capacity is unknown.</summary>
    public static bool IsExceeded(int stars, int? capacity) => capacity is { } holds && stars > holds;
}
