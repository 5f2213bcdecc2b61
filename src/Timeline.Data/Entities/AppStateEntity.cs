namespace Timeline.Data.Entities;

/// <summary>A named piece of the app's own state ("seed": how far the first-start import got).</summary>
public sealed class AppStateEntity
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
