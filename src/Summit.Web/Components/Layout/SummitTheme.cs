using MudBlazor;

namespace Summit.Web.Components.Layout;

internal static class SummitTheme
{
    // System fonts: no web font to download on conference Wi-Fi.
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#8a4b08",
            AppbarBackground = "#16384f",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };
}
