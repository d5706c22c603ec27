using System.Runtime.InteropServices;
using System.Text;
using NorPreM.Ingest.Topics;

namespace NorPreM.Ingest.Tests.Topics;

/// <summary>
/// What native code prints to file descriptor 1 is dropped inside <see cref="NativeStdout.Silenced{T}"/> and goes
/// through again afterwards. The tests point descriptor 1 at a temporary file themselves to see what got out.
/// </summary>
[Collection(NativeStdoutCollection.Name)]
public sealed class NativeStdoutTests
{
    [Fact]
    public void BufferedNativeOutputInsideIsDroppedAndOutputAfterwardsGoesThrough()
    {
        if (!NativeStdout.IsSupported)
        {
            return;
        }

        var captured = CaptureStdout(() =>
        {
            Libc.puts("før");
            NativeStdout.Silenced(() => Libc.puts("stille"));
            Libc.puts("etter");
        });

        Assert.Contains("før", captured);
        Assert.Contains("etter", captured);
        Assert.DoesNotContain("stille", captured);
    }

    [Fact]
    public void LightLdaProgressLinesDoNotReachStandardOutput()
    {
        if (!NativeStdout.IsSupported)
        {
            return;
        }

        TopicDiscoveryResult? result = null;
        var captured = CaptureStdout(() => result = TopicDiscovery.Discover(TopicTestData.Texts, new TopicOptions { Topics = 3, Iterations = 100 }));

        Assert.Equal(3, result?.Topics.Count);
        Assert.DoesNotContain("loglikelihood", captured);
        Assert.DoesNotContain("started training", captured);
    }

    /// <summary>Runs <paramref name="action"/> with descriptor 1 pointed at a temporary file and returns what was written to it.</summary>
    private static string CaptureStdout(Action action)
    {
        var path = Path.GetTempFileName();
        try
        {
            Console.Out.Flush();
            Libc.fflush(IntPtr.Zero);
            var saved = Libc.dup(1);
            using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Write))
            {
                Libc.dup2((int)file.DangerousGetHandle(), 1);
            }

            try
            {
                action();
            }
            finally
            {
                Libc.fflush(IntPtr.Zero);
                Libc.dup2(saved, 1);
                Libc.close(saved);
            }

            return File.ReadAllText(path, Encoding.UTF8);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static class Libc
    {
        [DllImport("libc")]
        public static extern int dup(int descriptor);

        [DllImport("libc")]
        public static extern int dup2(int from, int to);

        [DllImport("libc")]
        public static extern int close(int descriptor);

        [DllImport("libc")]
        public static extern int fflush(IntPtr stream);

        /// <summary>Writes through C's buffered stdout, like LightLDA's printf.</summary>
        [DllImport("libc", CharSet = CharSet.Ansi)]
        public static extern int puts([MarshalAs(UnmanagedType.LPUTF8Str)] string text);
    }
}

/// <summary>Tests that redirect the process's standard output do not run beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeStdoutCollection
{
    public const string Name = "native stdout";
}
