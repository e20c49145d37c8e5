using MudBlazor;

namespace Summit.Organizer.Layout;

/// <summary>Summit's MudBlazor theme, shared by the public pages and the organizer area.</summary>
public static class SummitTheme
{
    // System fonts: no web font to download on conference Wi-Fi.
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            // Darker than MudBlazor's defaults so white text on chips and alerts meets WCAG AA (4.5:1).
            Primary = "#1f5f8b",
            Secondary = "#8a4b08",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#8a5300",
            Error = "#c62828",
            AppbarBackground = "#16384f",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };
}
