using System.Reflection;

namespace NorPreM.Cli;

/// <summary>Finds the commands, parses arguments and dispatches.</summary>
public static class CommandLine
{
    /// <summary>Every <see cref="ICliCommand"/> in this assembly, by name.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } = typeof(CommandLine).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICliCommand).IsAssignableFrom(t)
                    && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Switch names every command accepts without a value.</summary>
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal)
    {
        "json", "repair", "explain", "help", "no-ocr", "force", "quick", "write", "update-golden", "scans", "calibrate", "in-process",
    };

    public static int Run(string[] args, CliContext context)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintHelp(context.Out);
            return args.Length == 0 ? 2 : 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            context.Error.WriteLine($"Ukjent kommando «{args[0]}».");
            PrintHelp(context.Error);
            return 2;
        }

        return RunOne(command, args[1..], context);
    }

    /// <summary>Parses <paramref name="args"/> for one command and runs it; usage errors exit 2.</summary>
    public static int RunOne(ICliCommand command, string[] args, CliContext context)
    {
        try
        {
            var parsed = new CliArguments(args, Flags);
            if (parsed.Flag("help"))
            {
                context.Out.WriteLine($"norprem {command.Usage}\n  {command.Summary}");
                return 0;
            }

            return command.Run(parsed, context);
        }
        catch (CliUsageException e)
        {
            context.Error.WriteLine(e.Message);
            context.Error.WriteLine($"Bruk: norprem {command.Usage}");
            return 2;
        }
    }

    private static void PrintHelp(TextWriter writer)
    {
        writer.WriteLine("NorPreM kunnskapsbase – kommandoer:");
        foreach (var c in Commands)
        {
            writer.WriteLine($"  {c.Usage}");
            writer.WriteLine($"      {c.Summary}");
        }
    }
}
