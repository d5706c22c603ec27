using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>Host-side access to the corpus folder: lists and reads the PDFs (the only place that touches it).</summary>
public static class CorpusFolder
{
    /// <summary>Largest file read into memory; larger files are reported and skipped.</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Reads every *.pdf directly in <paramref name="directory"/> (sorted by name), with its access from a sidecar
    /// "x.pdf.json" or the first of <paramref name="restrictedRules"/> that matches its name. Only regular files inside
    /// the folder are opened: a pipe (FIFO) or device would block or never end, and a link leading out of the folder
    /// would publish a file nobody put in the corpus; those, and unreadable files, become failures. With
    /// <paramref name="stamps"/>, each file's content id comes from its stamp when size and last write time are
    /// unchanged, and is hashed (and stamped) otherwise.
    /// </summary>
    public static (IReadOnlyList<CorpusFile> Files, IReadOnlyList<IngestFailure> Failures) Read(string directory,
        IReadOnlyList<string>? restrictedRules = null, CorpusStamps? stamps = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Finner ikke korpusmappen «{directory}».");
        }

        var files = new List<CorpusFile>();
        var failures = new List<IngestFailure>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.TopDirectoryOnly)
                     .Where(p => p.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            try
            {
                var info = new FileInfo(path);
                if (NotARegularFileInside(directory, info) is { } why)
                {
                    failures.Add(new IngestFailure(name, why));
                    continue;
                }

                if (info.Length > MaxFileBytes)
                {
                    failures.Add(new IngestFailure(name, $"filen er for stor ({info.Length / (1024 * 1024)} MB; grensen er {MaxFileBytes / (1024 * 1024)} MB)"));
                    continue;
                }

                var content = File.ReadAllBytes(path);
                files.Add(new CorpusFile(name, content)
                {
                    LastWriteUtc = info.LastWriteTimeUtc,
                    Id = stamps?.IdOf(name, content.LongLength, info.LastWriteTimeUtc, content),
                    Access = ReadAccess(path + ".json") ?? AccessSidecar.FromRules(name, restrictedRules),
                });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add(new IngestFailure(name, $"filen kan ikke leses ({e.Message})"));
            }
        }

        return (files, failures);
    }

    private static DocumentAccess? ReadAccess(string sidecar)
    {
        var info = new FileInfo(sidecar);
        if (!info.Exists)
        {
            return null;
        }

        // A sidecar that is no small regular file fails closed, like an unreadable one.
        return info.LinkTarget is null && info.Length is > 0 and < 64 * 1024
            ? AccessSidecar.Parse(File.ReadAllText(sidecar))
            : AccessSidecar.Parse("");
    }

    /// <summary>Why a corpus entry must not be opened (Norwegian), or null for a regular file inside the folder.</summary>
    private static string? NotARegularFileInside(string directory, FileInfo info)
    {
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (target is null || !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal))
            {
                return "lenken peker ut av korpusmappen og leses ikke";
            }

            info = new FileInfo(target.FullName);
        }

        // Pipes, sockets and character devices report no length and would block or never end when read.
        if (!info.Exists || info.Length == 0 || (info.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0)
        {
            return "ikke en vanlig fil (tom, rør/FIFO eller enhet); hoppet over";
        }

        return null;
    }

    /// <summary>
    /// Resolves a corpus file name to a full path inside <paramref name="directory"/>, or null when the name is not a
    /// plain file name of a PDF in that folder (no separators, no "..", no links out of the folder).
    /// </summary>
    public static string? ResolveFile(string directory, string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.IndexOfAny(['/', '\\', '\0']) >= 0 || fileName is "." or ".."
            || !fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var root = Path.GetFullPath(directory);
        var full = Path.GetFullPath(Path.Combine(root, fileName));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        var info = new FileInfo(full);
        return info.LinkTarget is null && info.Length > 0 ? full : null;
    }
}
