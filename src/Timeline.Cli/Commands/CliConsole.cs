namespace Timeline.Cli.Commands;

/// <summary>Where a command reads and writes: the process's console, or what a test gives it.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, Func<Stream> OpenStdout)
{
    public static CliConsole Process => new(Console.In, Console.Out, Console.Error, Console.OpenStandardOutput);
}

/// <summary>A command line the program cannot use, found after parsing ("--count takes a positive number").</summary>
internal sealed class UsageException(string message) : Exception(message);
