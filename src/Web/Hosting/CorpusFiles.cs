using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Maps document ids to PDF files of the corpus folder, and nothing else: a request names an id, never a path,
/// and the id is looked up among the files found by listing the corpus folder (no path traversal possible).
/// The id is the one ingestion gives a document: the first 16 hex digits of the file's SHA-256.
/// </summary>
public sealed partial class CorpusFiles(IOptions<WebOptions> options, IHostEnvironment environment)
{
    private readonly Lock gate = new();
    private Dictionary<string, string> byId = new(StringComparer.OrdinalIgnoreCase);
    private DateTime scannedAt = DateTime.MinValue;

    /// <summary>The corpus folder, resolved: the configured path against the working directory, else the content root.</summary>
    public string Root { get; } = ResolveCorpus(options.Value.CorpusPath, environment.ContentRootPath);

    public static string ResolveCorpus(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromWorkingDir = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDir))
        {
            return fromWorkingDir;
        }

        // `dotnet run --project src/Web` from the repository root keeps the working directory there; started from
        // src/Web (or the build output), walk up to the folder that has the corpus.
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromWorkingDir;
    }

    /// <summary>True for strings shaped like a document id (hex digits only).</summary>
    public static bool IsWellFormedId(string id) => IdRegex().IsMatch(id);

    /// <summary>Full path of the corpus PDF with this id, or null.</summary>
    public string? PathOf(string id)
    {
        if (!IsWellFormedId(id))
        {
            return null;
        }

        lock (gate)
        {
            if (!byId.ContainsKey(id) && DateTime.UtcNow - scannedAt > TimeSpan.FromSeconds(5))
            {
                byId = Scan(Root);
                scannedAt = DateTime.UtcNow;
            }

            return byId.GetValueOrDefault(id);
        }
    }

    private static Dictionary<string, string> Scan(string root)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!Directory.Exists(root))
        {
            return map;
        }

        var rootFull = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(root, "*.pdf", SearchOption.TopDirectoryOnly))
        {
            var full = Path.GetFullPath(file);
            var info = new FileInfo(full);
            if (!full.StartsWith(rootFull, StringComparison.Ordinal) || info.LinkTarget is not null)
            {
                continue;
            }

            try
            {
                using var stream = File.OpenRead(full);
                var id = DocumentIds.Of(stream);
                map.TryAdd(id, full);
            }
            catch (IOException)
            {
                // An unreadable file is simply not served.
            }
        }

        return map;
    }

    [GeneratedRegex("^[0-9a-fA-F]{8,64}$")]
    private static partial Regex IdRegex();
}
