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
/// <para>
/// Workers stay running and take file after file (issue 19: starting one .NET process per file — runtime start, JIT of
/// PdfPig — cost more than extracting most files): a caller takes an idle worker or starts one, so there are as many as
/// files being extracted at once (the pipeline extracts one file per core). A worker that overran its time is killed,
/// one that ran out of memory stops itself after answering, and a worker that died is replaced for the next file, so
/// one hostile file still costs only its own extraction. Workers idle for <see cref="IdleLifetime"/> are ended.
/// </para>
/// </summary>
public sealed class IsolatedTextExtractor : ITextExtractor, IDisposable
{
    /// <summary>How long an idle worker is kept for the next file.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(30);

    private readonly ExtractWorkerCommand command;
    private readonly ExtractBudget limits;
    private readonly Stack<Worker> idle = new();
    private readonly Timer reaper;
    private bool disposed;

    public IsolatedTextExtractor(ExtractWorkerCommand command, ExtractBudget? budget = null)
    {
        this.command = command;
        limits = budget ?? ExtractBudget.Default;
        // Runs only while workers are idle: a host that makes an extractor per ingest run and drops it leaves nothing behind.
        reaper = new Timer(_ => EndIdle(IdleLifetime), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public ExtractedDocument Extract(ReadOnlyMemory<byte> pdf, string fileName)
    {
        var worker = Take();
        if (!worker.TrySend(fileName, pdf.Span) && worker.Reused)
        {
            // A worker that died while idle: the file gets a fresh one.
            worker.Kill();
            worker = Worker.Start(command, limits);
            worker.TrySend(fileName, pdf.Span);
        }

        var answer = worker.Receive(limits.Time);
        if (answer is null)
        {
            worker.Kill();
            throw new PdfReadException(fileName, $"uttrekket tok for lang tid (over {limits.Time.TotalSeconds:0} s); hoppet over");
        }

        var (status, payload) = answer.Value;
        if (status == ExtractWorker.OutOfMemoryExit || status < 0)
        {
            // Out of memory (the worker stops after saying so) or dead (the runtime stops a process at its heap limit).
            worker.Kill();
            throw new PdfReadException(fileName,
                $"uttrekket brukte for mye minne (grensen er {limits.MemoryBytes / (1024 * 1024)} MB; mulig dekomprimeringsbombe); hoppet over");
        }

        Return(worker);
        if (status == ExtractWorker.UnreadableExit)
        {
            var message = System.Text.Encoding.UTF8.GetString(payload).Trim();
            throw new PdfReadException(fileName, message.Length > 0 ? message : "filen kan ikke leses");
        }

        return JsonSerializer.Deserialize<ExtractedDocument>(payload, JsonDefaults.Compact)
            ?? throw new PdfReadException(fileName, "uttrekket ga ikke noe svar");
    }

    private Worker Take()
    {
        lock (idle)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            while (idle.TryPop(out var worker))
            {
                if (worker.Alive)
                {
                    return worker;
                }

                worker.Kill();
            }
        }

        return Worker.Start(command, limits);
    }

    private void Return(Worker worker)
    {
        lock (idle)
        {
            if (!disposed)
            {
                worker.Idled();
                idle.Push(worker);
                reaper.Change(IdleLifetime, IdleLifetime);
                return;
            }
        }

        worker.End();
    }

    private void EndIdle(TimeSpan olderThan)
    {
        List<Worker> ended;
        lock (idle)
        {
            var all = idle.ToList();
            ended = all.Where(w => w.IdleFor >= olderThan).ToList();
            idle.Clear();
            // The stack's order, most recently used on top, is kept for the rest.
            foreach (var w in all.Except(ended).Reverse())
            {
                idle.Push(w);
            }

            if (idle.Count == 0 && !disposed)
            {
                reaper.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }

        foreach (var worker in ended)
        {
            worker.End();
        }
    }

    /// <summary>Ends the idle workers (a worker busy with a file ends when it has answered).</summary>
    public void Dispose()
    {
        lock (idle)
        {
            disposed = true;
        }

        reaper.Dispose();
        EndIdle(TimeSpan.Zero);
    }

    /// <summary>One worker process and its pipes.</summary>
    private sealed class Worker
    {
        private readonly Process process;
        private readonly Stream input;
        private readonly Stream output;
        private long idleSince = Environment.TickCount64;

        private Worker(Process process)
        {
            this.process = process;
            input = process.StandardInput.BaseStream;
            output = process.StandardOutput.BaseStream;
            // The worker answers on standard output; what the runtime says on standard error (a crash) is drained so it never blocks.
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
        }

        public bool Reused { get; private set; }

        public bool Alive => !process.HasExited;

        public TimeSpan IdleFor => TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref idleSince));

        public static Worker Start(ExtractWorkerCommand command, ExtractBudget limits)
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

            start.ArgumentList.Add(ExtractWorker.ManyFiles);
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.MemoryBytes.ToString("X");
            start.Environment["DOTNET_gcServer"] = "0";
            start.Environment["DOTNET_TieredPGO"] = "0";
            var process = Process.Start(start) ?? throw new PdfReadException("", "uttrekksprosessen kunne ikke startes");
            return new Worker(process);
        }

        public void Idled()
        {
            Reused = true;
            Volatile.Write(ref idleSince, Environment.TickCount64);
        }

        public bool TrySend(string fileName, ReadOnlySpan<byte> pdf)
        {
            try
            {
                ExtractWorker.WriteRequest(input, fileName, pdf);
                return true;
            }
            catch (IOException)
            {
                // The worker is gone; the answer below says so.
                return false;
            }
        }

        /// <summary>The worker's answer (status −1 when it died), or null when the time ran out.</summary>
        public (int Status, byte[] Payload)? Receive(TimeSpan time)
        {
            var read = Task.Run(() => ExtractWorker.ReadAnswer(output));
            try
            {
                if (!read.Wait(time))
                {
                    return null;
                }

                return read.Result;
            }
            catch (AggregateException e) when (e.InnerException is IOException or EndOfStreamException)
            {
                return (-1, []);
            }
        }

        /// <summary>Closes the worker's input, so it ends by itself, and kills it if it does not.</summary>
        public void End()
        {
            try
            {
                input.Close();
                if (!process.WaitForExit(2000))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }

            process.Dispose();
        }

        public void Kill()
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }

            try
            {
                input.Dispose();
            }
            catch (IOException)
            {
                // A pipe to a dead process may fail to flush; nothing is waiting for it.
            }

            process.Dispose();
        }
    }
}

/// <summary>
/// The child side of <see cref="IsolatedTextExtractor"/>, extracting with <see cref="PdfPigTextExtractor"/>. Started with the
/// name <see cref="ManyFiles"/> it serves file after file until its standard input ends: each request is a file name and the
/// PDF's bytes, each answer a status and a payload (the <see cref="ExtractedDocument"/> as JSON, or the Norwegian reason),
/// all lengths as 32-bit little-endian integers. Started with a file name it reads that one PDF from standard input and
/// writes the JSON to standard output, the reason to standard error. Status (exit code) 0 on success,
/// <see cref="UnreadableExit"/> for an unreadable PDF, <see cref="OutOfMemoryExit"/> when the heap limit was reached (a
/// serving worker then stops). Hosts start it with the verb <see cref="Verb"/>.
/// </summary>
public static class ExtractWorker
{
    public const string Verb = "extract-worker";
    public const int UnreadableExit = 2;
    public const int OutOfMemoryExit = 3;

    /// <summary>The name that makes the worker serve many files (no PDF is called "*": it is a wildcard on every system).</summary>
    public const string ManyFiles = "*";

    private static int outOfMemory;
    private static int watching;

    public static int Run(string fileName, Stream input, Stream output, TextWriter error)
    {
        Watch();
        if (fileName == ManyFiles)
        {
            return Serve(input, output);
        }

        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var (status, payload) = ExtractOne(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), fileName);
        if (status == 0)
        {
            output.Write(payload);
            output.Flush();
        }
        else
        {
            error.WriteLine(System.Text.Encoding.UTF8.GetString(payload));
        }

        return status;
    }

    private static int Serve(Stream input, Stream output)
    {
        var head = new byte[8];
        while (ReadRequest(input) is var (fileName, pdf))
        {
            var (status, payload) = ExtractOne(pdf, fileName);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head, status);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head.AsSpan(4), payload.Length);
            output.Write(head);
            output.Write(payload);
            output.Flush();
            if (status == OutOfMemoryExit)
            {
                // A worker that ran out of memory is not trusted with the next file.
                return OutOfMemoryExit;
            }
        }

        return 0;
    }

    /// <summary>One file: its status and the JSON of the document, or the reason it could not be read.</summary>
    private static (int Status, byte[] Payload) ExtractOne(ReadOnlyMemory<byte> pdf, string fileName)
    {
        // The library may catch an out-of-memory error on one page and go on with the page empty; the budget was still
        // exceeded, so any out-of-memory error thrown anywhere fails the file.
        Volatile.Write(ref outOfMemory, 0);
        try
        {
            var document = new PdfPigTextExtractor().Extract(pdf, fileName);
            return Volatile.Read(ref outOfMemory) != 0
                ? (OutOfMemoryExit, "for lite minne"u8.ToArray())
                : (0, JsonSerializer.SerializeToUtf8Bytes(document, JsonDefaults.Compact));
        }
        catch (PdfReadException e)
        {
            return (UnreadableExit, System.Text.Encoding.UTF8.GetBytes(e.Reason));
        }
        catch (Exception e) when (e is OutOfMemoryException || e.InnerException is OutOfMemoryException)
        {
            return (OutOfMemoryExit, "for lite minne"u8.ToArray());
        }
    }

    private static void Watch()
    {
        if (Interlocked.Exchange(ref watching, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
            {
                if (e.Exception is OutOfMemoryException)
                {
                    Volatile.Write(ref outOfMemory, 1);
                }
            };
        }
    }

    /// <summary>Writes one request of a serving worker: the file name and the PDF.</summary>
    public static void WriteRequest(Stream input, string fileName, ReadOnlySpan<byte> pdf)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(fileName);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, name.Length);
        input.Write(length);
        input.Write(name);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, pdf.Length);
        input.Write(length);
        input.Write(pdf);
        input.Flush();
    }

    /// <summary>Reads one answer of a serving worker: its status and payload.</summary>
    public static (int Status, byte[] Payload) ReadAnswer(Stream output)
    {
        Span<byte> head = stackalloc byte[8];
        output.ReadExactly(head);
        var status = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(head);
        var payload = new byte[System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(head[4..])];
        output.ReadExactly(payload);
        return (status, payload);
    }

    /// <summary>The next request, or null when the input has ended.</summary>
    private static (string FileName, byte[] Pdf)? ReadRequest(Stream input)
    {
        Span<byte> length = stackalloc byte[4];
        var got = input.ReadAtLeast(length, 4, throwOnEndOfStream: false);
        if (got < 4)
        {
            return null;
        }

        var name = new byte[System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(length)];
        input.ReadExactly(name);
        input.ReadExactly(length);
        var pdf = new byte[System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(length)];
        input.ReadExactly(pdf);
        return (System.Text.Encoding.UTF8.GetString(name), pdf);
    }
}
