namespace NorPreM.Cli;

/// <summary>
/// Parsed arguments: positionals, `--name value` options and `--flag` switches.
/// A switch is an option whose name is in the command's declared flag set.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positionals { get; }

    public CliArguments(IReadOnlyList<string> args, IReadOnlySet<string> flagNames)
    {
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                var eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    _options[name[..eq]] = name[(eq + 1)..];
                }
                else if (flagNames.Contains(name))
                {
                    _flags.Add(name);
                }
                else if (i + 1 < args.Count)
                {
                    _options[name] = args[++i];
                }
                else
                {
                    throw new CliUsageException($"Option --{name} needs a value.");
                }
            }
            else
            {
                positionals.Add(arg);
            }
        }

        Positionals = positionals;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public int IntOption(string name, int fallback) =>
        Option(name) is { } v ? int.TryParse(v, out var n) ? n : throw new CliUsageException($"--{name} must be a whole number.") : fallback;

    public string? Positional(int index) => index < Positionals.Count ? Positionals[index] : null;
}
