namespace Timeline.EndToEnd.Tests.Infrastructure;

internal static class CsvIds
{
    /// <summary>The id column (first, never quoted: ids are "ev-…") of the data rows of an export.csv.</summary>
    public static string[] Read(string csv)
    {
        var lines = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("id,");
        return lines.Skip(1).Select(l => l.Split(',', 2)[0]).ToArray();
    }
}
