using System.Runtime.InteropServices;

namespace NorPreM.Ingest.Topics;

/// <summary>
/// Silences what native code prints to the process's standard output. ML.NET's LightLDA (libLdaNative) prints its
/// progress ("started training…", "loglikelihood @iter…") with C's stdio straight to file descriptor 1, past
/// <see cref="Console.Out"/>, so neither a logger nor <see cref="Console.SetOut"/> can catch it; in the web host those
/// lines would land in the middle of the log.
/// <para>
/// On Linux and macOS the descriptor is pointed at /dev/null for the duration of the call (POSIX <c>dup</c>/<c>dup2</c>,
/// the shell's <c>1&gt;/dev/null</c> done in-process) and restored afterwards. Managed output is flushed first and C's
/// stdio buffers both before and after, so nothing written before leaks into the void and nothing the native code
/// buffered leaks out after. A lock keeps two redirections from interleaving. Other threads' writes to standard
/// output during the call are lost too, which is why only short, CPU-bound native calls should run inside it.
/// Elsewhere (Windows) this is a no-op.
/// </para>
/// </summary>
public static class NativeStdout
{
    private const int StdoutDescriptor = 1;
    private static readonly Lock Gate = new();

    /// <summary>True where the redirection is done (Linux, macOS).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Runs <paramref name="action"/> with the process's standard output sent to /dev/null.</summary>
    public static T Silenced<T>(Func<T> action)
    {
        if (!IsSupported)
        {
            return action();
        }

        lock (Gate)
        {
            Console.Out.Flush();
            Flush();
            using var devNull = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.Write);
            var saved = Posix.dup(StdoutDescriptor);
            if (saved < 0)
            {
                return action();
            }

            try
            {
                // A failed dup2 leaves standard output as it was: the call runs, just not silenced.
                Posix.dup2((int)devNull.DangerousGetHandle(), StdoutDescriptor);
                return action();
            }
            finally
            {
                Flush();
                Posix.dup2(saved, StdoutDescriptor);
                Posix.close(saved);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> with the process's standard output sent to /dev/null.</summary>
    public static void Silenced(Action action) => Silenced(() =>
    {
        action();
        return 0;
    });

    private static void Flush()
    {
        try
        {
            Posix.fflush(IntPtr.Zero);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to flush: nothing native can have buffered output either.
        }
    }

    /// <summary>The C library's descriptor calls ("libc" resolves to glibc or musl on Linux and libSystem on macOS).</summary>
    internal static class Posix
    {
        [DllImport("libc", SetLastError = true)]
        internal static extern int dup(int descriptor);

        [DllImport("libc", SetLastError = true)]
        internal static extern int dup2(int from, int to);

        [DllImport("libc", SetLastError = true)]
        internal static extern int close(int descriptor);

        /// <summary>fflush(NULL) flushes every open output stream of C's stdio.</summary>
        [DllImport("libc")]
        internal static extern int fflush(IntPtr stream);
    }
}
