using System.Globalization;
using Timeline.Domain.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Domain.Pipeline.Decoding;

/// <summary>What YAML front matter declared; every field optional.</summary>
public sealed record FrontMatter(
    string? Title = null,
    string? Url = null,
    DateOnly? Published = null,
    DatePrecision PublishedPrecision = DatePrecision.Day,
    string? Publisher = null,
    string? Language = null,
    string? TranslatedFrom = null,
    bool? MachineTranslated = null)
{
    public static FrontMatter None { get; } = new();
}

/// <summary>The body after the front matter, with the offset where it starts; or why the front matter is broken.</summary>
public sealed record FrontMatterResult(FrontMatter FrontMatter, string Body, string? Failure);

public interface IFrontMatterReader
{
    FrontMatterResult Read(string text);
}

public sealed class FrontMatterReader : IFrontMatterReader
{
    public FrontMatterResult Read(string text)
    {
        var t = text.TrimStart('\uFEFF');
        if (!t.StartsWith("---", StringComparison.Ordinal)) return new(FrontMatter.None, t, null);
        var firstEnd = t.IndexOf('\n');
        if (firstEnd < 0 || t[..firstEnd].Trim() != "---") return new(FrontMatter.None, t, null);

        var close = -1;
        var pos = firstEnd + 1;
        while (pos < t.Length)
        {
            var lineEnd = t.IndexOf('\n', pos);
            var line = (lineEnd < 0 ? t[pos..] : t[pos..lineEnd]).Trim();
            if (line is "---" or "...") { close = pos; pos = lineEnd < 0 ? t.Length : lineEnd + 1; break; }
            if (lineEnd < 0) break;
            pos = lineEnd + 1;
        }
        if (close < 0) return new(FrontMatter.None, t, "the YAML front matter starting with '---' is never closed by a '---' line");

        var yaml = t[(firstEnd + 1)..close];
        var pairs = FlatPairs(yaml);
        if (pairs is null)
        {
            YamlMappingNode map;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                if (stream.Documents.Count == 0) return new(FrontMatter.None, t[pos..], null);
                if (stream.Documents[0].RootNode is not YamlMappingNode m)
                    return new(FrontMatter.None, t, "the front matter is not a YAML mapping of 'key: value' lines");
                map = m;
            }
            catch (YamlException ex)
            {
                return new(FrontMatter.None, t, $"the YAML front matter is broken (line {ex.Start.Line}): {ex.InnerException?.Message ?? ex.Message}");
            }
            catch (InvalidOperationException ex)
            {
                // YamlDotNet reports some malformed input this way rather than as a YamlException.
                return new(FrontMatter.None, t, $"the YAML front matter is broken: {ex.Message}");
            }
            pairs = [];
            foreach (var (k, v) in map.Children)
                if (k is YamlScalarNode ks) pairs.Add((ks.Value, v is YamlScalarNode vs ? vs.Value : null));
        }

        string? Get(string key)
        {
            foreach (var (k, v) in pairs)
                if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                    return !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            return null;
        }

        DateOnly? published = null;
        var precision = DatePrecision.Day;
        var rawDate = Get("published") ?? Get("date");
        if (rawDate is not null)
        {
            if (!TryParseDate(rawDate, out var d, out precision))
                return new(FrontMatter.None, t, $"the front matter date '{rawDate}' is not a date (use 2024-04-04, 2024-04-04T10:00:00Z or 2024-04)");
            published = d;
        }
        var mtRaw = Get("machine_translated");
        var fm = new FrontMatter(Get("title"), Get("url"), published, precision, Get("publisher") ?? Get("source"),
            Get("language") ?? Get("lang"), Get("translated_from"),
            mtRaw is null ? null : mtRaw.Equals("true", StringComparison.OrdinalIgnoreCase) || mtRaw == "yes");
        return new(fm, t[pos..], null);
    }

    /// <summary>
    /// The pairs of front matter made only of flat "key: value" lines (a plain or a simple double-quoted value), as
    /// YamlDotNet would read them; null for anything else, which YamlDotNet then reads. Most front matter is like that,
    /// and YamlDotNet costs far more than reading it, mostly in starting up.
    /// </summary>
    internal static List<(string? Key, string? Value)>? FlatPairs(string yaml)
    {
        var pairs = new List<(string? Key, string? Value)>();
        foreach (var range in yaml.AsSpan().Split('\n'))
        {
            var line = yaml.AsSpan(range);
            if (line.IsEmpty) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line[..colon])) return null;
            var rest = line[(colon + 1)..];
            if (!rest.IsEmpty && rest[0] != ' ') return null;
            var value = rest.TrimStart(' ');
            string text;
            if (value.IsEmpty) text = "";
            else if (value[0] == '"')
            {
                var end = value[1..].IndexOf('"') + 1;
                if (end <= 0 || value[1..end].Contains('\\') || !value[(end + 1)..].TrimEnd(' ').IsEmpty || !IsPlain(value[1..end])) return null;
                text = value[1..end].ToString();
            }
            else
            {
                value = value.TrimEnd(' ');
                if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) || value.Contains(": ", StringComparison.Ordinal) || value[^1] == ':'
                    || value.Contains(" #", StringComparison.Ordinal) || !IsPlain(value)) return null;
                text = value.ToString();
            }
            var key = line[..colon].ToString();
            foreach (var (k, _) in pairs) if (k == key) return null; // a repeated key is YamlDotNet's to judge
            pairs.Add((key, text));
        }
        return pairs.Count == 0 ? null : pairs;

        static bool IsKey(ReadOnlySpan<char> key)
        {
            if (!char.IsAsciiLetter(key[0]) && key[0] != '_') return false;
            foreach (var c in key) if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-')) return false;
            return true;
        }

        // Printable characters only: no tabs, line breaks, control or special characters YAML treats differently.
        static bool IsPlain(ReadOnlySpan<char> value)
        {
            foreach (var c in value)
                if (c < ' ' || c is '\u007F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || c is >= '\u0080' and <= '\u009F' || char.IsSurrogate(c))
                    return false;
            return true;
        }
    }

    public static bool TryParseDate(string raw, out DateOnly date, out DatePrecision precision)
    {
        var c = CultureInfo.InvariantCulture;
        precision = DatePrecision.Day;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", c, DateTimeStyles.None, out date)) return true;
        if (DateTimeOffset.TryParse(raw, c, DateTimeStyles.AssumeUniversal, out var dto) && raw.Length >= 10 && raw[4] == '-')
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime.Date == dto.Date ? dto.Date : dto.Date);
            return true;
        }
        if (DateOnly.TryParseExact(raw, "yyyy-MM", c, DateTimeStyles.None, out date)) { precision = DatePrecision.Month; return true; }
        if (raw.Length == 4 && int.TryParse(raw, NumberStyles.None, c, out var y) && y > 1900) { date = new DateOnly(y, 1, 1); precision = DatePrecision.Year; return true; }
        return false;
    }
}
