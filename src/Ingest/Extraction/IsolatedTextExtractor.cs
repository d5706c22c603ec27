using System.Diagnostics;
using System.Text.Json;
using NorPreM.Core.Serialization;

namespace NorPreM.Ingest.Extraction;

/// <summary>How to start the extract worker: a program and the arguments before the worker's own (e.g. <c>dotnet x.dll extract-worker</c>).</summary>
public sealed record ExtractWorkerCommand(string Program, IReadOnlyList<string> Arguments)
{
    /// <summary>The current executable started again with <paramref name="verb"/> (through <c>dotnet</c> when it runs as a .dll).</summary>
    public static ExtractWorkerCommand OfCurrentProcess(string verb = ExtractWorker.Verb)
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("Finner ikke programmet som kjører.");
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(entry)
            ? new ExtractWorkerCommand(process, [entry, verb])
            : new ExtractWorkerCommand(process, [verb]);
    }

    /// <summary>
    /// The program whose entry assembly is <paramref name="program"/> started through the <c>dotnet</c> host with
    /// <paramref name="verb"/>: the same worker whether that program runs on its own or is loaded by a test host.
    /// </summary>
    public static ExtractWorkerCommand OfProgram(System.Reflection.Assembly program, string verb = ExtractWorker.Verb) =>
        new(DotnetHost(), [program.Location, verb]);

    /// <summary>The <c>dotnet</c> host that runs this process (also under a test host), else <c>dotnet</c> on the path.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process
        : "dotnet";
}

/// <summary>The budget of one file's extraction in the worker.</summary>
public sealed record ExtractBudget(TimeSpan Time, long MemoryBytes)
{
    public static ExtractBudget Default { get; } = new(TimeSpan.FromSeconds(120), 1024L * 1024 * 1024);
}

/// <summary>
/// Extracts each PDF in a child process (<see cref="ExtractWorker"/>) with a time budget and a hard GC heap limit
/// (<c>DOTNET_GCHeapHardLimit</c>), so a decompression bomb or a PDF that never ends costs the worker, not the host:
/// the worker is killed or runs out of its own memory, and the file is reported by name and skipped.
/// </summary>
public sealed class IsolatedTextExtractor(ExtractWorkerCommand command, ExtractBudget? budget = null) : ITextExtractor
{
    private readonly ExtractBudget limits = budget ?? ExtractBudget.Default;

    public ExtractedDocument Extract(ReadOnlyMemory<byte> pdf, string fileName)
    {
        var start = new ProcessStartInfo(command.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(fileName);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.MemoryBytes.ToString("X");
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";

        using var process = Process.Start(start) ?? throw new PdfReadException(fileName, "uttrekksprosessen kunne ikke startes");
        var output = process.StandardOutput.BaseStream;
        var read = Task.Run(() =>
        {
            using var buffer = new MemoryStream();
            output.CopyTo(buffer);
            return buffer.ToArray();
        });
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(pdf.Span);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The worker stopped early (it will say why below).
        }

        if (!process.WaitForExit(limits.Time))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new PdfReadException(fileName, $"uttrekket tok for lang tid (over {limits.Time.TotalSeconds:0} s); hoppet over");
        }

        process.WaitForExit();
        var message = errors.Result.Trim();
        switch (process.ExitCode)
        {
            case 0:
                return JsonSerializer.Deserialize<ExtractedDocument>(read.Result, JsonDefaults.Compact)
                    ?? throw new PdfReadException(fileName, "uttrekket ga ikke noe svar");
            case ExtractWorker.UnreadableExit:
                throw new PdfReadException(fileName, message.Length > 0 ? message : "filen kan ikke leses");
            case ExtractWorker.OutOfMemoryExit:
            default:
                // A process that hits its heap limit is stopped by the runtime (or exits with the out-of-memory code).
                throw new PdfReadException(fileName,
                    $"uttrekket brukte for mye minne (grensen er {limits.MemoryBytes / (1024 * 1024)} MB; mulig dekomprimeringsbombe); hoppet over");
        }
    }
}

/// <summary>
/// The child side of <see cref="IsolatedTextExtractor"/>: reads one PDF from standard input, extracts it with
/// <see cref="PdfPigTextExtractor"/> and writes the <see cref="ExtractedDocument"/> as JSON to standard output. Exit 0
/// on success, <see cref="UnreadableExit"/> with the Norwegian reason on standard error for an unreadable PDF,
/// <see cref="OutOfMemoryExit"/> when the heap limit is reached. Hosts start it with the verb <see cref="Verb"/>.
/// </summary>
public static class ExtractWorker
{
    public const string Verb = "extract-worker";
    public const int UnreadableExit = 2;
    public const int OutOfMemoryExit = 3;

    public static int Run(string fileName, Stream input, Stream output, TextWriter error)
    {
        // The library may catch an out-of-memory error on one page and go on with the page empty; the budget was still
        // exceeded, so any out-of-memory error thrown anywhere fails the file.
        var outOfMemory = false;
        AppDomain.CurrentDomain.FirstChanceException += (_, e) => outOfMemory |= e.Exception is OutOfMemoryException;
        try
        {
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            var document = new PdfPigTextExtractor().Extract(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), fileName);
            if (outOfMemory)
            {
                error.WriteLine("for lite minne");
                return OutOfMemoryExit;
            }

            JsonSerializer.Serialize(output, document, JsonDefaults.Compact);
            output.Flush();
            return 0;
        }
        catch (PdfReadException e)
        {
            error.WriteLine(e.Reason);
            return UnreadableExit;
        }
        catch (Exception e) when (e is OutOfMemoryException || e.InnerException is OutOfMemoryException)
        {
            error.WriteLine("for lite minne");
            return OutOfMemoryExit;
        }
    }
}
