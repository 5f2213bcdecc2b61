using System.Globalization;
using System.Text;
using Timeline.Web.Components.Pages.Timeline;
using Timeline.Web.Components.Pages.Timeline.Geometry;

namespace Timeline.Web.Export;

/// <summary>
/// A download's name says what it holds: "timeline-patriot-2024.png", "timeline-germany-pledge-2022-2024.csv". Systems,
/// actors and types as the filter names them, then the window's year (or years, or month); a few names at most.
/// </summary>
public static class ExportFileName
{
    private const int MaxNames = 3;

    public static string For(TimelineFilter filter, TimeWindow? window, string extension)
    {
        var parts = new List<string> { "timeline" };
        parts.AddRange(filter.Systems.Concat(filter.Actors).Take(MaxNames).Select(Slug));
        parts.AddRange(filter.Types.Take(MaxNames).Select(t => t.ToString().ToLowerInvariant()));
        if (window is { } w) parts.Add(Period(w.FirstDay, w.LastDay));
        return string.Join('-', parts.Where(p => p.Length > 0)) + "." + extension;
    }

    /// <summary>"2024", "2024-04" (a window inside one month), "2022-2024".</summary>
    public static string Period(DateOnly first, DateOnly last)
    {
        var inv = CultureInfo.InvariantCulture;
        if (first.Year != last.Year) return $"{first.Year.ToString(inv)}-{last.Year.ToString(inv)}";
        return first.Month == last.Month ? first.ToString("yyyy-MM", inv) : first.Year.ToString(inv);
    }

    /// <summary>
    /// The Content-Disposition of a download: an ASCII name for every client and the name in UTF-8 (RFC 6266) for those
    /// that read it, as a header value may hold only ASCII ("timeline-україна-2023.json").
    /// </summary>
    public static string Header(string fileName)
    {
        var ascii = new string([.. fileName.Select(c => c < 128 ? c : '_')]);
        return new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = ascii, FileNameStar = fileName }.ToString();
    }

    /// <summary>Lower-case letters and digits of any script, other runs as one hyphen: "IRIS-T SLM" → "iris-t-slm".</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
