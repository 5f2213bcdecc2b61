using MudBlazor;

namespace Timeline.Web.Components.Layout;

public static class TimelineTheme
{
    private static readonly string[] Fonts = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2F5BD3",
            Secondary = "#6B5BD2",
            AppbarBackground = "#101828",
            AppbarText = "#F2F4F7",
            Background = "#F6F7F9",
            Surface = "#FFFFFF",
            TextPrimary = "#1D2433",
            TextSecondary = "#4B5565",
            LinesDefault = "#E3E6EB",
            Divider = "#E3E6EB",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8AA8FF",
            // A light primary needs dark text on it (MudBlazor's default white has a contrast of about 2:1).
            PrimaryContrastText = "#0B0F17",
            Secondary = "#B0A4FF",
            AppbarBackground = "#0B0F17",
            AppbarText = "#E6E9EF",
            Background = "#0F141C",
            Surface = "#161C26",
            TextPrimary = "#E6E9EF",
            TextSecondary = "#A9B1BF",
            LinesDefault = "#2A3240",
            Divider = "#2A3240",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = ".875rem", LineHeight = "1.45" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
