using System.Text.RegularExpressions;

namespace Timeline.Domain.Pipeline.Temporal;

/// <summary>
/// A pattern built from a language file at run time: interpreted at first, compiled on a background thread once it has
/// been used often enough to pay for compiling, then swapped in. Results are the same in both forms.
/// </summary>
/// <remarks>
/// Built from data, these patterns cannot be precompiled as source-generated ones are. Compiled up front, their code was
/// compiled again by the JIT when the first articles tried a match: about 200 ms on the reading threads' critical path,
/// more than compiled code saves over 2,000 articles. So an import of a few thousand articles never waits for a compiler,
/// and a very long one gets compiled code without stopping for it.
/// </remarks>
internal sealed class TieredRegex
{
    /// <summary>
    /// Uses (texts read) before compiling starts. Compiling the English patterns costs about 330 ms of CPU and saves about
    /// 25 ms per 1,000 articles (measured on 2 cores), so it pays back after some 13,000 articles.
    /// </summary>
    public const int UsesBeforeCompiling = 10_000;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly string _sample;
    private volatile Regex _current;
    private int _uses;

    /// <param name="sample">A text the pattern can start matching in, so compiling includes the JIT of its matching code.</param>
    public TieredRegex(string pattern, RegexOptions options, string sample)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _sample = sample;
        _current = new Regex(pattern, _options);
    }

    public Regex Value
    {
        get
        {
            if (_uses <= UsesBeforeCompiling && Interlocked.Increment(ref _uses) == UsesBeforeCompiling) Task.Run(Compile);
            return _current;
        }
    }

    /// <summary>Whether the compiled form is in use (for tests and measurements).</summary>
    public bool IsCompiled => (_current.Options & RegexOptions.Compiled) != 0;

    /// <summary>Compiles now, on this thread.</summary>
    public void Compile()
    {
        if (IsCompiled) return;
        var compiled = new Regex(_pattern, _options | RegexOptions.Compiled);
        compiled.Matches(_sample).Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        compiled.Match(_sample, 0);
        _current = compiled;
    }
}
