using System.Diagnostics;
using System.Text;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>What an external program printed and how it ended.</summary>
public sealed record ToolResult(int ExitCode, byte[] Output, string StandardError)
{
    /// <summary>Standard output read as UTF-8 text.</summary>
    public string StandardOutput => Encoding.UTF8.GetString(Output);
}

/// <summary>
/// Runs command-line tools (tesseract, pdftoppm, pdftotext) with arguments passed as a list, never through a
/// shell, with a time limit; and finds them on PATH. Data go through standard input and output, so no
/// temporary files are needed.
/// </summary>
public static class ExternalTool
{
    /// <summary>Full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Runs the tool and waits for it. Throws <see cref="OcrEngineException"/> when it cannot start or overruns
    /// <paramref name="timeout"/> (the process tree is then killed).
    /// </summary>
    public static ToolResult Run(string executable, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, ReadOnlyMemory<byte>? input = null)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new OcrEngineException($"{executable} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new OcrEngineException($"{executable} could not be started: {e.Message}", e);
        }

        using (process)
        {
            var output = new MemoryStream();
            var stdout = process.StandardOutput.BaseStream.CopyToAsync(output);
            var stderr = process.StandardError.ReadToEndAsync();
            var stdin = input is { } bytes ? WriteInput(process, bytes) : Task.CompletedTask;
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended between the timeout and the kill.
                }

                throw new OcrEngineException($"{Path.GetFileName(executable)} took longer than {timeout.TotalSeconds:0} s and was stopped.");
            }

            process.WaitForExit();
            stdout.Wait();
            try
            {
                stdin.Wait();
            }
            catch (AggregateException)
            {
                // The tool may stop reading early (and then reports on stderr); its exit code tells.
            }

            return new ToolResult(process.ExitCode, output.ToArray(), stderr.Result);
        }
    }

    private static async Task WriteInput(Process process, ReadOnlyMemory<byte> bytes)
    {
        await using var stream = process.StandardInput.BaseStream;
        await stream.WriteAsync(bytes);
    }
}
