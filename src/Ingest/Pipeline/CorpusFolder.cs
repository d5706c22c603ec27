namespace NorPreM.Ingest.Pipeline;

/// <summary>Host-side access to the corpus folder: lists and reads the PDFs (the only place that touches it).</summary>
public static class CorpusFolder
{
    /// <summary>Largest file read into memory; larger files are reported and skipped.</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    /// <summary>Reads every *.pdf directly in <paramref name="directory"/> (sorted by name). Unreadable files become failures.</summary>
    public static (IReadOnlyList<CorpusFile> Files, IReadOnlyList<IngestFailure> Failures) Read(string directory)
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
                if (info.Length > MaxFileBytes)
                {
                    failures.Add(new IngestFailure(name, $"filen er for stor ({info.Length / (1024 * 1024)} MB; grensen er {MaxFileBytes / (1024 * 1024)} MB)"));
                    continue;
                }

                files.Add(new CorpusFile(name, File.ReadAllBytes(path)) { LastWriteUtc = info.LastWriteTimeUtc });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add(new IngestFailure(name, $"filen kan ikke leses ({e.Message})"));
            }
        }

        return (files, failures);
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
        return info.LinkTarget is null ? full : null;
    }
}
