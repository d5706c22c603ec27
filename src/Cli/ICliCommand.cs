namespace NorPreM.Cli;

/// <summary>
/// One CLI verb. Implementations are discovered by reflection, so each command lives in its own file
/// (`Cli/Commands/XCommand.cs`) and adding one touches nothing else.
/// </summary>
public interface ICliCommand
{
    /// <summary>The verb, e.g. "ingest".</summary>
    string Name { get; }
    /// <summary>One line of usage, e.g. "ingest [corpus-dir] [--index dir]".</summary>
    string Usage { get; }
    /// <summary>One sentence on what it does.</summary>
    string Summary { get; }
    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(CliArguments args, CliContext context);
}

/// <summary>Standard streams of the process, injectable for tests.</summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error);

/// <summary>A CLI usage error: printed with the command's usage, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
