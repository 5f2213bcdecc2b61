namespace Timeline.Cli;

/// <summary>
/// Options as `--name value` (repeatable) and bare positionals. Small on purpose: the CLI has few commands
/// and a hand parser keeps its usage text and behaviour in one readable place.
/// </summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public static CliArgs Parse(IEnumerable<string> args, params string[] known) => Parse(args, [], known);

    /// <summary>As <see cref="Parse(IEnumerable{string}, string[])"/>, with options that take no value (`--json`).</summary>
    public static CliArgs Parse(IEnumerable<string> args, IReadOnlyCollection<string> flags, params string[] known)
    {
        var result = new CliArgs();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                result.Positionals.Add(arg);
                continue;
            }
            var name = arg[2..];
            if (flags.Contains(name))
            {
                result._flags.Add(name);
                continue;
            }
            if (!known.Contains(name))
            {
                throw new UsageException($"unknown option --{name}");
            }
            if (!e.MoveNext())
            {
                throw new UsageException($"--{name} needs a value");
            }
            if (!result._options.TryGetValue(name, out var values))
            {
                result._options[name] = values = [];
            }
            values.Add(e.Current);
        }
        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public IReadOnlyList<string> All(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public string? One(string name) => All(name) switch
    {
        [] => null,
        [var single] => single,
        _ => throw new UsageException($"--{name} is given more than once"),
    };
}

internal sealed class UsageException(string message) : Exception(message);
